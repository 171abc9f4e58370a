//! The categories of PHI: the ids used in `allow`, findings, metrics and audit records.

use std::fmt;

macro_rules! categories {
    ($($variant:ident => $id:literal: $doc:literal,)*) => {
        /// A kind of PHI (or of sensitive data that travels with it).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Category {
            $(#[doc = $doc] $variant,)*
        }

        impl Category {
            /// Every category, in declaration order.
            pub const ALL: &'static [Category] = &[$(Category::$variant,)*];

            /// The id used in configuration, findings, metrics and audit records.
            pub fn id(self) -> &'static str {
                match self { $(Category::$variant => $id,)* }
            }

            /// The category with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Category> {
                match id { $($id => Some(Category::$variant),)* _ => None }
            }

            pub fn description(self) -> &'static str {
                match self { $(Category::$variant => $doc,)* }
            }
        }
    };
}

categories! {
    Name => "name": "a person's name",
    Ssn => "ssn": "US Social Security number",
    Mrn => "mrn": "medical record, chart, account or patient identifier",
    MemberId => "member_id": "health plan member, subscriber or policy number",
    Mbi => "mbi": "Medicare Beneficiary Identifier",
    Dob => "dob": "date of birth",
    Date => "date": "a date tied to a person: admission, discharge, service, death",
    Email => "email": "email address",
    Phone => "phone": "telephone or fax number",
    Address => "address": "street address, city or other geographic subdivision below a state",
    Zip => "zip": "ZIP code",
    IpAddress => "ip_address": "IP address",
    CardNumber => "card_number": "payment card number",
    BankAccount => "bank_account": "bank account or routing number",
    DriversLicense => "drivers_license": "driver's license number",
    Npi => "npi": "National Provider Identifier",
    Dea => "dea": "DEA registration number",
    Icd10 => "icd10": "ICD-10-CM diagnosis code",
    Condition => "condition": "a sensitive diagnosis, procedure or medication",
    HashedIdentifier => "hashed_identifier": "a hashed email, phone or other identifier",
    Passport => "passport": "passport number",
    Vin => "vin": "vehicle identification number",
    DeviceId => "device_id": "device identifier or serial number (IMEI, UDID, advertising id)",
    AgeOver89 => "age_over_89": "an age over 89",
    Ndc => "ndc": "National Drug Code",
    Cpt => "cpt": "CPT procedure code",
    Url => "url": "a URL that identifies a person",
    Biometric => "biometric": "biometric identifier",
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A set of categories, as a bit set (there are fewer than 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u64);

impl CategorySet {
    pub const EMPTY: CategorySet = CategorySet(0);

    pub fn all() -> CategorySet {
        CategorySet((1u64 << Category::ALL.len()) - 1)
    }

    pub fn insert(&mut self, c: Category) {
        self.0 |= 1 << (c as u8);
    }

    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << (c as u8)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.iter().copied().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        let mut s = CategorySet::EMPTY;
        for c in iter {
            s.insert(c);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for &c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
        }
        assert_eq!(Category::from_id("nope"), None);
        assert!(Category::ALL.len() < 64);
    }

    #[test]
    fn sets() {
        let s: CategorySet = [Category::Name, Category::Dob].into_iter().collect();
        assert!(s.contains(Category::Name) && s.contains(Category::Dob));
        assert!(!s.contains(Category::Ssn));
        assert_eq!(s.iter().count(), 2);
        assert!(CategorySet::all().contains(Category::Biometric));
    }
}
