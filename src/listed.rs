//! `listed_enum!`: an enum of plain variants declared together with `ALL`, the list of its
//! variants in declaration order. A list typed beside an enum by hand can miss a variant (one
//! such list once lost a command's shortcut silently); a list made with the enum cannot.

/// Declares a `Clone + Copy + Debug + PartialEq + Eq` enum of plain variants and its `ALL`.
macro_rules! listed_enum {
    (
        $(#[$about:meta])*
        pub enum $enum:ident {
            $($(#[$doc:meta])* $variant:ident,)*
        }
    ) => {
        $(#[$about])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum {
            $($(#[$doc])* $variant,)*
        }

        impl $enum {
            /// Every variant, in the order they are declared.
            pub const ALL: &'static [$enum] = &[$($enum::$variant,)*];
        }
    };
}
