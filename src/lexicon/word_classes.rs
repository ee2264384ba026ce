//! The small classes of function words the attribution rules test (pronouns, determiners,
//! passive auxiliaries, addressed verbs, clause conjunctions, introductory words...), one
//! copy each in `word_classes.txt`.
//!
//! The build step (`build.rs`) turns each `[name]` section into a constant slice named in
//! upper case (`[pronouns]` -> [`PRONOUNS`]), so that a rule tests `PRONOUNS.contains(&w)`
//! as fast as a list written in its code. A section no rule reads is still compiled; a
//! misspelt one fails the build where a rule names it.

include!(concat!(env!("OUT_DIR"), "/word_classes.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The sections whose words keep their capitals (said so in the file).
    const CASE_AS_WRITTEN: &[&str] = &[
        "[company_suffixes]",
        "[female_pronouns]",
        "[male_pronouns]",
        "[company_heads]",
        "[party_labels]",
        "[dateline_agencies]",
        "[postnominals]",
        "[organization_extenders]",
        "[organization_followers]",
        "[georgia_state_cues]",
        "[georgia_country_cues]",
        "[team_sheet_marks]",
        "[peerage_titles]",
        "[surname_pronouns]",
        "[party_initials]",
        "[press_name_ends]",
        "[single_press_names]",
        "[shared_press_ends]",
        "[press_name_leads]",
    ];

    #[test]
    fn sections_become_constants_of_their_words() {
        assert!(PASSIVE_AUXILIARIES.contains(&"were") && !PASSIVE_AUXILIARIES.contains(&"said"));
        assert!(PHRASAL_CUES.contains(&"weighed in"));
        // Every word is one line: no stray spaces, and lower case except where the file says.
        let text = include_str!("word_classes.txt");
        let mut section = "";
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if line.starts_with('[') {
                section = line;
            } else if !CASE_AS_WRITTEN.contains(&section) {
                assert_eq!(line, line.to_lowercase(), "{section} {line}");
            }
        }
    }
}
