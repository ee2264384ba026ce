//! Each form a reader or an article puts around a name, read into its parts.

use super::*;

fn name(text: &str) -> Vec<String> {
    read_name(text).name
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| (*w).to_owned()).collect()
}

#[test]
fn honorifics_are_dropped_and_give_a_gender() {
    for (typed, gender) in [
        ("Mr. Obama", Some(Gender::Male)),
        ("Mr Obama", Some(Gender::Male)),
        ("Ms. Moore", Some(Gender::Female)),
        ("Mrs Thatcher", Some(Gender::Female)),
        ("Dr. Fauci", None),
        ("Sir Ian Blair", Some(Gender::Male)),
        ("Lord Falconer", Some(Gender::Male)),
    ] {
        let read = read_name(typed);
        assert_eq!(read.name.last().map(String::as_str), typed.split(' ').next_back().map(fold).as_deref(), "{typed}");
        assert_eq!(read.gender, gender, "{typed}");
        assert!(read.roles.is_empty(), "an honorific is no role: {typed} {:?}", read.roles);
    }
    assert_eq!(name("Sir Ian Blair"), words(&["ian", "blair"]));
}

#[test]
fn titles_are_dropped_and_kept_as_roles() {
    for (typed, want, role) in [
        ("Sen. Cruz", &["cruz"][..], "senator"),
        ("Senator Cruz", &["cruz"][..], "senator"),
        ("Rep. Gwen Moore", &["gwen", "moore"], "representative"),
        ("Del. Stacey Plaskett", &["stacey", "plaskett"], "delegate"),
        ("Gov. Earl Ray Tomblin", &["earl", "ray", "tomblin"], "governor"),
        ("President Obama", &["obama"], "president"),
        ("Chancellor Angela Merkel", &["angela", "merkel"], "chancellor"),
        ("Prime Minister Tony Blair", &["tony", "blair"], "prime minister"),
        ("Secretary of State John Kerry", &["john", "kerry"], "secretary of state"),
        ("Retired Lt. Gen. Michael Flynn", &["michael", "flynn"], "retired lieutenant general"),
        ("Tory leader Michael Howard", &["michael", "howard"], "tory leader"),
        ("White House press secretary Josh Earnest", &["josh", "earnest"], "white house press secretary"),
        ("Tulsa police Chief Chuck Jordan", &["chuck", "jordan"], "tulsa police chief"),
        ("Interim DNC Chairwoman Donna Brazile", &["donna", "brazile"], "interim dnc chairwoman"),
    ] {
        let read = read_name(typed);
        assert_eq!(read.name, words(want), "{typed}");
        assert_eq!(read.roles, [role], "{typed}");
    }
}

#[test]
fn nationality_words_are_not_names() {
    assert_eq!(name("German Chancellor Angela Merkel"), words(&["angela", "merkel"]));
    assert_eq!(name("Colombian President Gustavo Petro"), words(&["gustavo", "petro"]));
    assert_eq!(name("Chad Bown"), words(&["chad", "bown"]), "a country's name is a given name here");
}

#[test]
fn case_accents_possessives_and_initials_are_read_alike() {
    assert_eq!(name("PENCE"), words(&["pence"]));
    assert_eq!(name("Nicolás Maduro"), words(&["nicolas", "maduro"]));
    assert_eq!(name("Obama's"), words(&["obama"]));
    assert_eq!(name("Obama\u{2019}s"), words(&["obama"]));
    assert_eq!(name("George W. Bush"), words(&["george", "w", "bush"]));
    assert_eq!(name("G.W. Bush"), words(&["g", "w", "bush"]));
    assert_eq!(name("George H. W. Bush"), words(&["george", "h", "w", "bush"]));
    assert_eq!(name("Robert F. Kennedy Jr."), words(&["robert", "f", "kennedy"]));
    assert_eq!(name("Charles de Gaulle"), words(&["charles", "de", "gaulle"]));
    assert_eq!(name("Douglas Holtz-Eakin"), words(&["douglas", "holtz-eakin"]));
}

#[test]
fn appositions_and_affiliations_are_cut_off() {
    assert_eq!(name("Sen. Claire McCaskill (D-Mo.)"), words(&["claire", "mccaskill"]));
    assert_eq!(name("Representative Charles B. Rangel of New York"), words(&["charles", "b", "rangel"]));
    assert_eq!(name("Mr. King, 82,"), words(&["king"]));
    let fowler = read_name("Don Fowler, a former party chairman");
    assert_eq!((fowler.name, fowler.roles), (words(&["don", "fowler"]), words(&["former party chairman"])));
    assert_eq!(name("Hillary Clinton\u{2019}s campaign manager Robby Mook"), words(&["robby", "mook"]));
    assert_eq!(name("Rival Hillary Clinton"), words(&["hillary", "clinton"]));
}

#[test]
fn a_spokesman_or_an_office_is_not_the_person() {
    for agent in
        ["Mr Blair's official spokesman", "A spokesman for Mr Blair", "Ryan's office", "a lawyer for Mr. Trump"]
    {
        let read = read_name(agent);
        assert!(read.name.is_empty() && read.agent, "{agent}: {read:?}");
    }
    let described = read_name("the Vermont senator");
    assert!(described.name.is_empty() && !described.agent);
    assert_eq!(described.roles, ["vermont senator"]);
    assert!(read_name("the governor").name.is_empty());
}

#[test]
fn a_name_typed_in_lower_case_is_read_as_capitalised() {
    assert_eq!(read_typed("blair").name, words(&["blair"]));
    assert_eq!(read_typed("rand paul").name, words(&["rand", "paul"]));
    assert_eq!(read_typed("mr. obama").gender, Some(Gender::Male));
    assert!(read_typed("the governor").name.is_empty());
    assert!(read_typed("blair's spokesman").agent);
}

#[test]
fn a_mention_gives_its_roles_and_the_name_as_written() {
    let terms = |m: &str| mention_terms(m);
    assert_eq!(
        terms("Prime Minister Tony Blair"),
        (words(&["prime minister"]), Some("Prime Minister Tony Blair".into()))
    );
    assert_eq!(terms("a Brussels summit Mr Blair"), (vec![], Some("Mr Blair".into())));
    assert_eq!(
        terms("Tory leader Michael Howard"),
        (words(&["tory leader"]), Some("Tory leader Michael Howard".into()))
    );
    assert_eq!(terms("the Tory leader"), (words(&["tory leader"]), Some("the Tory leader".into())));
    assert_eq!(terms("He"), (vec![], None));
    assert_eq!(terms("(continued)"), (vec![], None));
    assert_eq!(terms("Mr Blair's official spokesman").1, None, "a spokesman is no alias of Blair");
}

#[test]
fn a_speaker_key_files_a_person_under_the_surname() {
    assert_eq!(speaker_keys("Tony Blair"), ["blair\tTony Blair"]);
    assert_eq!(speaker_keys("Nicolás Maduro"), ["maduro\tNicolás Maduro"]);
    let hyphenated = ["holtz-eakin\tDouglas Holtz-Eakin", "holtz\tDouglas Holtz-Eakin", "eakin\tDouglas Holtz-Eakin"];
    assert_eq!(speaker_keys("Douglas Holtz-Eakin"), hyphenated);
    assert!(speaker_keys("Mr Blair's official spokesman").is_empty());
    assert!(speaker_keys("the council").is_empty());
}

#[test]
fn curly_apostrophes_and_possessives_of_names_ending_in_s() {
    assert_eq!(name("Reuters\u{2019}"), words(&["reuters"]));
    assert_eq!(name("Sanders'"), words(&["sanders"]));
    assert!(read_name("\u{2019}").name.is_empty());
}

proptest::proptest! {
    /// Any text, typed or written, is read without a panic, and a name read is never empty words.
    #[test]
    fn any_text_is_read_without_panic(text in "\\PC{0,40}", typed in "[a-zA-Z’'.,() -]{0,30}") {
        for t in [text.as_str(), typed.as_str()] {
            let read = read_name(t);
            proptest::prop_assert!(read.name.iter().all(|w| !w.is_empty()));
            let _ = read_typed(t);
            let _ = speaker_keys(t);
            let _ = mention_terms(t);
        }
    }
}
