//! Regression tests for attribution on short texts the team wrote. The cases that are one
//! assertion over another text (this quotation of this text goes to this speaker, by this
//! cue and rule) are rows of `attribution_cases.jsonl`, read by [`attribution_cases`]; the
//! tests below check more than that.
use super::*;

/// One row of `attribution_cases.jsonl`: the quotation of `text` that contains `quote`
/// goes to `speaker` (canonical, or null for none), cued by `cue`, decided by `rule`.
/// `name` says what the case pins, as a test's name would.
#[derive(serde::Deserialize)]
struct Case {
    name: String,
    quote: String,
    speaker: Option<String>,
    cue: Option<String>,
    rule: Option<String>,
    text: String,
    /// `"reported"` for a reported statement (`quote` is then words of its content);
    /// `"nested"` for a quotation inside another (a quote `within` another);
    /// absent for a quotation.
    #[serde(default)]
    kind: Option<String>,
}

#[test]
fn attribution_cases() {
    let table = include_str!("attribution_cases.jsonl");
    let mut failures = Vec::new();
    for (at, case) in case_rows::<Case>("attribution_cases.jsonl", table) {
        let article = analyzed(&case.text);
        let got = if case.kind.as_deref() == Some("reported") {
            let found = article.reported.iter().find(|r| r.text.contains(&case.quote));
            found.map(|r| (r.speaker.as_deref(), r.cue.as_deref(), Some(r.rule.as_str())))
        } else {
            let nested = case.kind.as_deref() == Some("nested");
            let found = article.quotes.iter().find(|q| q.text.contains(&case.quote) && q.within.is_some() == nested);
            found.map(|q| (q.speaker.as_deref(), q.cue.as_deref(), q.rule.as_deref()))
        };
        let Some(got) = got else {
            failures.push(format!("{at}: {}: no quote `{}`", case.name, case.quote));
            continue;
        };
        let want = (case.speaker.as_deref(), case.cue.as_deref(), case.rule.as_deref());
        if got != want {
            failures.push(format!("{at}: {}: `{}`: want {want:?}, got {got:?}", case.name, case.quote));
        }
    }
    assert!(table.lines().count() >= 150, "the table lost rows");
    assert!(failures.is_empty(), "{} of the attribution cases fail:\n{}", failures.len(), failures.join("\n"));
}

/// The rows of a case table (`name`, its JSON Lines `table`), each with its `file:line`.
pub(super) fn case_rows<T: serde::de::DeserializeOwned>(name: &str, table: &str) -> Vec<(String, T)> {
    let row = |(i, line): (usize, &str)| {
        let at = format!("{name}:{}", i + 1);
        let case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        (at, case)
    };
    table.lines().enumerate().map(row).collect()
}

pub(super) fn analyzed(body: &str) -> AnalyzedArticle {
    analyze(Article { id: "t".into(), body: body.into(), ..Article::default() })
}

/// (quote, speaker) pairs of an article body.
fn said(body: &str) -> Vec<(String, Option<String>)> {
    analyzed(body).quotes.into_iter().map(|q| (q.text, q.speaker)).collect()
}

fn speaker_of(body: &str, quote: &str) -> Option<String> {
    let found = said(body);
    found.iter().find(|(q, _)| q.contains(quote)).unwrap_or_else(|| panic!("no quote `{quote}` in {found:?}")).1.clone()
}

const PETRO: &str = "Colombian President Gustavo Petro spoke in Bogotá on Tuesday.\n\n";

#[test]
fn split_quotation_keeps_its_speaker() {
    let body = "\"We came here,\" said Maria Lopez, the union's president, \"to be heard.\"";
    let found = said(body);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|(_, s)| s.as_deref() == Some("Maria Lopez")), "{found:?}");
}

#[test]
fn quotation_continued_over_paragraphs() {
    let body = "Mayor Ana Soto said: \"The bridge will open in May.\n\n\"It will carry 40,000 cars a day.\"";
    let found = said(body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(_, s)| s.as_deref() == Some("Ana Soto")), "{found:?}");
}

#[test]
fn adverbs_and_time_words_between_subject_and_cue() {
    let body = "Prime Minister Omar Haddad arrived late.\n\n\"We are not leaving,\" Haddad later added.";
    let q = &analyzed(body).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Omar Haddad"));
    assert_eq!(q.cue.as_deref(), Some("added"));
    assert_eq!(q.speaker_mention.as_deref(), Some("Haddad"));
}

#[test]
fn organisations_and_countries_speak_too() {
    let body =
        "Canada, too, has distanced itself from the strikes, clarifying that its mission is \"separate and distinct.\"";
    let q = &analyzed(body).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Canada"));
    assert!(q.fragment);
}

#[test]
fn base_form_cue_after_an_adverb() {
    let body = "Lamenting their luck, Mexicans often say, \"Poor Mexico, so far from God.\"";
    let q = &analyzed(body).quotes[0];
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Mexicans"), Some("say")));
}

#[test]
fn an_embedded_quotation_does_not_take_the_next_sentences_speaker() {
    let body = "Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted \
                that Pyongyang \"stop its dangerous escapades.\"";
    assert_ne!(speaker_of(body, "outlaw nation").as_deref(), Some("Russia"));
}

#[test]
fn a_subject_in_a_reported_clause_is_not_the_speaker() {
    let body = "Paul Manafort, citing ''the unique magic of Trump,'' said the candidate could win in \
                Pennsylvania.\n\nCruz says he is \"effectively tied for second place\" with Marco Rubio, \
                in a finish that he said defied expectations.";
    assert_ne!(speaker_of(body, "tied for second").as_deref(), Some("Marco Rubio"));
}

#[test]
fn the_addressee_of_a_passive_cue_is_not_the_speaker() {
    let body = "Male MPs jeered \"melons\" as women spoke, researchers from Birkbeck College were told.";
    assert_ne!(speaker_of(body, "melons").as_deref(), Some("researchers from Birkbeck College"));
}

#[test]
fn a_given_name_after_a_party_label_starts_the_name() {
    let body = "Senate Intelligence Ranking Democrat Dianne Feinstein met Jake Sullivan.\n\n\
                Asked about Sullivan, Feinstein said \"I don't know anything about the emails,\" she said.";
    assert!(analyzed(body).entities.persons.contains(&"Dianne Feinstein".to_owned()));
}

#[test]
fn a_base_form_right_after_a_quotation_is_a_noun() {
    let body = "Dianne Feinstein said Clinton sent no \"top secret\" email chains.";
    assert_eq!(analyzed(body).quotes[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_cue_beyond_a_clause_boundary_is_another_speakers() {
    let body = "The Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was \
                misdirected.\n\nGillian Shepherd remembered how a colleague called all women \"Betty\".\n\n\
                \"When I said my name isn't Betty, he said we are all the same.\" Harriet Harman told \
                researchers of the hostility: \"Well, you've only succeeded because you're a woman.\"";
    assert_ne!(speaker_of(body, "desperate").as_deref(), Some("Liberal Democrats"));
    assert_ne!(speaker_of(body, "name isn't Betty").as_deref(), Some("Harriet Harman"));
}

#[test]
fn wire_copy_conventions() {
    // A double mark typed for an apostrophe opens no quotation; an employer before a
    // role is not a person; name particles stay in the name; "he" after an unnamed
    // source is that source.
    let body = "\"We don\"t believe there is going to be a problem,\" Jaime Ongpin said.\n\n\
                \"The outlook is more worrying,\" said Societe Generale economist Alain Marais. \
                \"The big question is whether wage moderation holds,\" he added.\n\n\
                \"None of the members has asked for a meeting,\" said Sheikh Ali al-Khalifa al-Sabah.\n\n\
                \"Speculators bought March soymeal,\" one CBT crush trader said.\n\n\
                \"But they've been bailing out this week,\" he added.";
    let found = said(body);
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(!analyzed(body).entities.persons.contains(&"Societe Generale".to_owned()));
}

#[test]
fn titles_nicknames_and_scare_quotes_have_no_speaker() {
    let body = "Roy Dale, nicknamed \"the Hammer,\" watched the film \"Gone With The Wind\" twice.\n\nThe plan was \"bold\" by any measure.";
    let found = said(body);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
}

#[test]
fn quotation_marks_of_every_kind() {
    let body = "\u{ab}Nous resterons,\u{bb} a dit Marc Leroy.\n\n``We stay,'' Leroy said.\n\n''We go,'' said Ana Soto.\n\n\u{201e}Wir bleiben\u{201c}, sagte Soto.";
    let found = said(body);
    let texts: Vec<&str> = found.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(texts, ["Nous resterons", "We stay", "We go", "Wir bleiben"]);
    assert_eq!(found[1].1.as_deref(), Some("Marc Leroy"));
    assert_eq!(found[2].1.as_deref(), Some("Ana Soto"));
}

#[test]
fn unbalanced_mark_does_not_swallow_the_article() {
    let body = "Officials said the \"plan was dead.\n\n\"We start again,\" Ana Soto said.";
    let found = said(body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("Ana Soto"));
}

#[test]
fn a_person_after_an_organisation_and_a_role() {
    // "Li" is not Liechtenstein; the affiliation before the role is not the speaker.
    let body = "\"We need a good plan,\" National Bureau of Statistics chief Li Deshui told Reuters.";
    assert_eq!(analyzed(body).entities.persons, ["Li Deshui"]);
}

#[test]
fn he_is_not_the_agent_of_a_passive_nor_an_age_a_name() {
    let body = "Fifteen-year-old Donald Young made his debut.\n\nYoung won the junior title in January. But the wildcard entry was dispatched by fellow American Robby Ginepri in straight sets. \"It was fun,\" he said.";
    assert!(analyzed(body).entities.persons.contains(&"Donald Young".to_owned()));
}

#[test]
fn a_text_speaks_for_its_owner_and_a_role_is_matched_by_its_head() {
    // "Trump campaign spokesman Jason Miller" makes Miller a spokesman, not the campaign.
    let body = "Trump campaign spokesman Jason Miller spoke.\n\n\"It is recognized under state law,\" the Trump campaign's website says.";
    assert_ne!(speaker_of(body, "state law").as_deref(), Some("Jason Miller"));
}

#[test]
fn a_short_sentence_of_its_own_is_a_full_quote_and_a_title_before_a_name_no_institution() {
    let body = "\"Canada has been ripping us off,\" Donald Trump wrote. \"That ends now.\"\n\nMélanie Joly later added on X: \"Canada stands united.\"";
    let a = analyzed(body);
    let full = |t: &str| a.quotes.iter().find(|q| q.text.contains(t)).is_some_and(|q| !q.fragment);
    assert!(full("That ends now") && full("stands united"), "{:?}", a.quotes);
    let body = "\"They abandoned us,\" wrote Carlos Mendez, a fisherman.\n\nThe X.\n\nThe Foreign Ministry of Mexico offered help. \"We stand ready,\" the ministry said.";
    let a = analyzed(body);
    assert!(a.quotes.iter().find(|q| q.text.contains("abandoned")).is_some_and(|q| !q.fragment));
}

#[test]
fn an_unknown_given_name_before_a_surname_that_acts_alone() {
    let body = "Carlos Alcaraz beat Jannik Sinner in five sets on Sunday.\n\nSinner was gracious in defeat. \"He deserved it today,\" the Italian said.\n\nDespite Sinner's loss, Neither Alcaraz nor his coach slept.";
    let a = analyzed(body);
    assert!(a.entities.persons.contains(&"Jannik Sinner".to_owned()), "{:?}", a.entities.persons);
    // Opening its sentence too: "Arsene Wenger has pledged … Wenger said".
    let opening = "Arsene Wenger has pledged to keep faith with his goalkeeper.\n\n\"He is ready,\" Wenger said.";
    assert!(analyzed(opening).entities.persons.contains(&"Arsene Wenger".to_owned()));
    // A sentence's first word is no given name, and a surer name keeps its surname.
    assert!(!a.entities.persons.iter().any(|p| p.starts_with("Despite") || p.starts_with("Neither")));
    // "the Italian": a nationality standing for the person the sentence before is about.
}

#[test]
fn a_title_with_lower_case_words_introduces_a_name() {
    let body = "Hamas official Khalil al-Hayya said the group had agreed.\n\nSecretary of State Marco Rubio called the agreement \"a historic step.\" Speaking at the State Department, he added: \"Now the hard work begins.\"";
    assert!(analyzed(body).entities.persons.contains(&"Marco Rubio".to_owned()));
}

#[test]
fn review_cases_of_the_third_pass() {
    // A chain of "X of the Y" reads each phrase once (it once took seconds per "of").
    let names = ["Alder Holt", "Birch Ives", "Cedar Jones", "Dale Kirk", "Elm Lowe", "Fern Marsh"];
    let body = format!("{} said: \"We will win.\"", names.repeat(5).join(" of the "));
    assert_eq!(said(&body).len(), 1);
    // "It" after a person's quotation is not that person.
    let body = "\"Rates will stay low,\" said the spokesman. It added that the cut was temporary, and said: \"We will review it in June.\"";
    assert_ne!(speaker_of(body, "review it").as_deref(), Some("the spokesman"));
}

#[test]
fn quotes_lie_inside_their_passages() {
    let a = analyzed(&format!("{PETRO}\"A,\" he said. \"B.\"\n\n\"C\u{2014}and D,\" Petro wrote."));
    for q in &a.quotes {
        let p = &a.passages[q.passage];
        assert!(p.span.start <= q.span.start && q.span.end <= p.span.end);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces that make attribution hard: marks of every kind,
    /// capitalised names, cues, abbreviations, line breaks.
    fn newsy() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "\"",
            "\u{201c}",
            "\u{201d}",
            "''",
            "``",
            "\u{ab}",
            "\u{bb}",
            "\u{201e}",
            "'",
            ",",
            ".",
            ":",
            " ",
            " ",
            "\n",
            "\n\n",
            "    ",
            "said",
            "Petro",
            "Gustavo",
            "he",
            "U.S.",
            "Sen.",
            "\u{2014}",
            "according to",
            "the",
            "official",
            "wrote",
            "\u{200b}",
            "\u{feff}",
            "é",
            "Ünal",
            "?",
            "(",
            ")",
        ]);
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    fn check(body: &str) {
        let a = analyzed(body);
        for p in &a.passages {
            assert!(p.span.start <= p.span.end && p.span.end <= body.len());
            assert!(body.is_char_boundary(p.span.start) && body.is_char_boundary(p.span.end));
        }
        for q in &a.quotes {
            let p = &a.passages[q.passage];
            assert!(p.span.start <= q.span.start && q.span.end <= p.span.end, "{q:?} outside {p:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn arbitrary_text_never_panics(body in any::<String>()) {
            check(&body);
        }

        #[test]
        fn quotes_stay_inside_their_passages(body in newsy()) {
            check(&body);
        }
    }
}

#[test]
fn a_lone_given_name_said_twice_is_the_full_name_both_times() {
    // Only the first "Sir Digby" used to join Sir Digby Jones: the second made a person
    // "Digby" of its own, who then took both quotations.
    let body = "Sir Digby Jones spoke on Monday. \"We will grow,\" said Sir Digby. \"We will hire,\" said Sir Digby.";
    let article = analyzed(body);
    assert_eq!(article.entities.persons, ["Digby Jones"]);
}

#[test]
fn beliefs_and_objects_of_a_cue_are_not_reported_speech() {
    let reported = |body: &str| analyzed(body).reported.into_iter().map(|r| r.text).collect::<Vec<_>>();
    assert_eq!(reported("Petro thinks the strikes violated international law."), Vec::<String>::new());
    assert_eq!(reported("He wrote about the event on his blog last week."), Vec::<String>::new());
    // A quotation's sentence is the quotation's, not reported speech.
    assert_eq!(reported("Petro said \"the strikes violated international law.\""), Vec::<String>::new());
    assert_eq!(
        reported("Petro said the strikes violated international law."),
        ["the strikes violated international law"]
    );
}

#[test]
fn names_the_cues_missed_before() {
    let persons = |body: &str| analyzed(body).entities.persons;
    // A given name that is also a common word ("bill"), and a lower-case particle that is
    // also a title's abbreviation ("del", delegate).
    let p = persons(
        "It was announced by Nortel president and chief executive Bill Owens. He plays for Luigi del Neri's side.",
    );
    assert!(p.contains(&"Bill Owens".to_owned()) && p.contains(&"Luigi del Neri".to_owned()), "{p:?}");
    // Two particles in a row, a royal title kept with the name it stands before.
    let p = persons("Tries came through Albert van den Bergh. Prince Edward will also join the delegation.");
    assert!(p.contains(&"Albert van den Bergh".to_owned()) && p.contains(&"Prince Edward".to_owned()), "{p:?}");
    // A compound of given names.
    assert!(persons("He beat Jan-Michael Gambill in the final.").contains(&"Jan-Michael Gambill".to_owned()));
    // A name no cue marks, in a list beside a person.
    let p = persons("The scorers were Rico Gear, Marty Holah and Piri Weepu.");
    assert!(p.contains(&"Marty Holah".to_owned()) && p.contains(&"Piri Weepu".to_owned()), "{p:?}");
    // A line-up of initials and surnames.
    let p = persons("Wales: K Morgan (Newport-Gwent), T Shanklin (Cardiff), D Peel (Llanelli).");
    assert!(["K Morgan", "T Shanklin", "D Peel"].iter().all(|n| p.contains(&(*n).to_owned())), "{p:?}");
    // A lone initial in a line-up is no name (and no panic).
    assert!(persons("The scorers were Rico Gear, J and Piri Weepu.").iter().all(|n| n.contains(' ')));
    // A party or an award is no surname.
    let p = persons("The Texas Democrat said no. Franz Ferdinand won two Brit Awards, a Brit Award said.");
    assert!(!p.iter().any(|n| n.ends_with("Democrat") || n.starts_with("Brit")), "{p:?}");
}

#[test]
fn a_surname_two_people_share_is_the_one_just_named_else_the_main_figure() {
    let body = "Hillary Clinton spoke in Iowa on Monday. Her husband, former President Bill Clinton, \
                stayed in New York. The caucuses open in two weeks, and polls show a close race in \
                the state's rural counties, where turnout has been low. \
                Clinton said: \"We will win this state.\" Later Bill Clinton said: \"She will win.\" \
                Clinton added: \"He is right.\"";
    assert_eq!(speaker_of(body, "We will win").as_deref(), Some("Hillary Clinton"));
    assert_eq!(speaker_of(body, "She will win").as_deref(), Some("Bill Clinton"));
    // "Clinton added" just after Bill Clinton spoke: the one named just before.
    assert_eq!(speaker_of(body, "He is right").as_deref(), Some("Bill Clinton"));
}

#[test]
fn a_line_up_lists_players_by_initial_and_surname() {
    let body = "Wales coach Mike Ruddock named his side.\n\nG Thomas (Toulouse, capt); K Morgan (Newport-Gwent), T Shanklin (Cardiff), R Sowden-Taylor (Cardiff).\n\nReplacements: R McBryde (Llanelli), J Yapp (Cardiff).";
    let persons = analyzed(body).entities.persons;
    for name in ["K Morgan", "T Shanklin", "R Sowden-Taylor", "R McBryde", "J Yapp"] {
        assert!(persons.contains(&name.to_owned()), "{name} not in {persons:?}");
    }
    // Not an initial in prose: "A Labour spokesman said".
    let prose = "A Labour spokesman said the plans were costed. A Jones spokesman declined to comment.";
    assert!(analyzed(prose).entities.persons.is_empty(), "{:?}", analyzed(prose).entities.persons);
}

#[test]
fn names_with_two_particles_and_things_named_after_people() {
    let body = "The Baa-Baas scored tries through Albert van den Bergh and Xavier Rush. Gatlin won the 2004 Jesse Owens Awards, and Marat Safin appeared on the John Peel Show.";
    let persons = analyzed(body).entities.persons;
    assert!(persons.contains(&"Albert van den Bergh".to_owned()), "{persons:?}");
    assert!(!persons.iter().any(|p| p.ends_with("Awards") || p.ends_with("Show")), "{persons:?}");
}

#[test]
fn a_party_member_described_is_no_person() {
    let body = "Senate Finance Committee Chairman Lloyd Bentsen spoke on Tuesday.\n\n\"We will see,\" the Texas Democrat told a conference.";
    assert_eq!(analyzed(body).entities.persons, ["Lloyd Bentsen"]);
}

#[test]
fn initials_in_a_line_up_beside_full_names_and_institutions_before_a_word() {
    // "G Thomas" is not Jonathan Thomas; "J Thomas" is. "A" and "I" lead names between
    // punctuation; joined initials ("J-P") lead one; a parenthesis between names keeps the
    // line-up going; "U.S." is no initial.
    let body = "Jonathan Thomas drops to the bench. Max Jones retires.\n\nG Thomas (Toulouse, capt); J Thomas, \
                S Jones (Trafford AC), M Farah (Windsor, Slough, Eton and Hounslow AC), A Jones; I Harinordoquy, \
                J-P Grandclaude.\n\nU.S. Firms (all of them), U.S. Sales (most).";
    let persons = analyzed(body).entities.persons;
    for name in ["Jonathan Thomas", "G Thomas", "S Jones", "M Farah", "A Jones", "I Harinordoquy", "J-P Grandclaude"] {
        assert!(persons.contains(&name.to_owned()), "{name} not in {persons:?}");
    }
    assert!(!persons.iter().any(|p| p == "J Thomas" || p.starts_with("U.S.")), "{persons:?}");
    // An initial of a full name named in the article is that person.
    let body = "Aurelien Rougerie said he was fit.\n\nFrance: J Laharrague; A Rougerie, Y Jauzion, D Traille.";
    let persons = analyzed(body).entities.persons;
    assert!(
        persons.contains(&"Aurelien Rougerie".to_owned()) && !persons.contains(&"A Rougerie".to_owned()),
        "{persons:?}"
    );
    // An initial that is not ASCII ("É") is compared by its letter, not its first byte.
    let body = "Romain Ntamack starts.\n\nFrance: T Ramos; D Penaud, G Fickou, É Ntamack (Toulouse), L Bielle-Biarrey;";
    let persons = analyzed(body).entities.persons;
    assert!(persons.contains(&"Romain Ntamack".to_owned()) && persons.contains(&"D Penaud".to_owned()), "{persons:?}");
    // An unclosed parenthesis, or a long one, ends a line-up.
    let body = "The match was called off.\n\nK Morgan (who ran for many years on the wing and drew a huge \
                crowd every single week of the autumn and winter season across the nation, G Thomas.";
    let persons = analyzed(body).entities.persons;
    assert!(!persons.iter().any(|p| p == "K Morgan" || p == "G Thomas"), "{persons:?}");
    let body = "The match was called off.\n\nK Morgan (Newport), G Thomas.";
    let persons = analyzed(body).entities.persons;
    assert!(persons.iter().any(|p| p == "K Morgan") && persons.iter().any(|p| p == "G Thomas"), "{persons:?}");
    // A lone word after an institution's noun is the institution.
    let body = "Portable media player firm Creative showed a headset, said Creative's manager Ann Lee.";
    assert_eq!(analyzed(body).entities.persons, ["Ann Lee"]);
}

/// A plural after a verb is its object, not a subject whose verb in -s comes next: the
/// reported clause opens after the addressee ("told … executives the trust has …").
#[test]
fn an_addressee_in_the_plural_is_not_the_reported_clause() {
    let body = "Title\n\nBut Ana Ruiz, head of the trust, told a meeting of financial executives the trust has not yet received a list of the firms.";
    let texts: Vec<String> = analyzed(body).reported.into_iter().map(|r| r.text).collect();
    assert!(texts.iter().any(|t| t.starts_with("the trust has")), "{texts:?}");
}

/// A preposition that opens a sentence ("Amid", "Outside") is read as one only there and
/// only before a surname it can't be a given name of: "Amid Ali" keeps the given name.
#[test]
fn a_given_name_spelt_like_a_preposition_stays_a_name() {
    let body = "The verdict came late on Friday.\n\nAmid Ali, a lawyer for the family, said the ruling was wrong.";
    assert_eq!(analyzed(body).entities.persons, ["Amid Ali"]);
}
