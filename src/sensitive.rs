//! A wrapper for values that may be PHI.
//!
//! phiwall must never become a second copy of the PHI it guards: no value may reach a log line,
//! a metric label, an error message, an audit record or a panic. Anything that holds a value
//! taken from traffic or from a roster is wrapped in [`Sensitive`], whose `Debug` and `Display`
//! print only `[REDACTED len=N]`. Getting at the value is an explicit call ([`Sensitive::expose`]).

use std::fmt;

/// A value that may be PHI. Formatting it never shows the value, only its length.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Sensitive<T>(T);

impl<T: AsRef<[u8]>> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// The value itself. Callers must not log, format or return it in an error.
    pub fn expose(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }

    pub fn len(&self) -> usize {
        self.0.as_ref().len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_empty()
    }
}

impl<T: AsRef<[u8]>> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[REDACTED len={}]", self.0.as_ref().len())
    }
}

impl<T: AsRef<[u8]>> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[REDACTED len={}]", self.0.as_ref().len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_never_shows_the_value() {
        let s = Sensitive::new(String::from("078-05-1123"));
        assert_eq!(format!("{s}"), "[REDACTED len=11]");
        assert_eq!(format!("{s:?}"), "[REDACTED len=11]");
        assert_eq!(format!("{:?}", Some(&s)), "Some([REDACTED len=11])");
        assert_eq!(s.expose(), "078-05-1123");
    }
}
