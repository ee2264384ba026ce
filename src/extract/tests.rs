//! Regression tests for attribution, one per case of news writing, on short texts the
//! team wrote.
use super::*;

fn analyzed(body: &str) -> AnalyzedArticle {
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
fn speaker_after_the_quote_in_both_orders() {
    let body = format!(
        "{PETRO}\"We will not yield,\" Petro wrote.\n\n\"Nor will we,\" said Treasury Secretary Scott Bessent."
    );
    assert_eq!(speaker_of(&body, "yield").as_deref(), Some("Gustavo Petro"));
    assert_eq!(speaker_of(&body, "Nor will").as_deref(), Some("Scott Bessent"));
}

#[test]
fn speaker_before_the_quote_with_a_colon_or_a_relative_clause() {
    let body = "Petro declared: \"The talks are over.\"\n\nThat drew a rebuke from Senator Rand Paul, who wrote on social media, \"This is not how allies behave.\"";
    assert_eq!(speaker_of(body, "talks are over").as_deref(), Some("Petro"));
    assert_eq!(speaker_of(body, "allies behave").as_deref(), Some("Rand Paul"));
}

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
fn speaker_in_the_sentence_before() {
    let body = "Senator Dana Whitfield was blunt. \"This bill is dead.\"";
    assert_eq!(speaker_of(body, "bill is dead").as_deref(), Some("Dana Whitfield"));
}

#[test]
fn dash_line_and_according_to() {
    let body = "\"Water is a right, not a favour.\" \u{2014} Commissioner Ines Duarte\n\nAccording to Ines Duarte, \"the pipes are older than the city.\"";
    assert_eq!(speaker_of(body, "Water is a right").as_deref(), Some("Ines Duarte"));
    assert_eq!(speaker_of(body, "pipes are older").as_deref(), Some("Ines Duarte"));
}

#[test]
fn told_statement_and_passive_cues() {
    let body = "Defense Minister Karl Berg spoke first.\n\n\"We are ready,\" Berg told CNN.\n\n\"Talks resume Monday,\" the Pentagon said in a statement.\n\n\"The border is closed,\" it was announced by the Interior Ministry.";
    assert_eq!(speaker_of(body, "ready").as_deref(), Some("Karl Berg"));
    assert_eq!(speaker_of(body, "Talks resume").as_deref(), Some("Pentagon"));
    assert_eq!(speaker_of(body, "border is closed").as_deref(), Some("Interior Ministry"));
}

#[test]
fn apposition_between_name_and_cue() {
    let body = "\"The wards are full,\" Hugh Hill, a doctor at St. Mary's hospital, said on Friday.";
    assert_eq!(speaker_of(body, "wards are full").as_deref(), Some("Hugh Hill"));
}

#[test]
fn pronoun_takes_the_nearest_person_named_before() {
    let body = "Finance Minister Lena Vogt met bankers on Monday.\n\n\"Rates must fall,\" she said Tuesday.";
    assert_eq!(speaker_of(body, "Rates must fall").as_deref(), Some("Lena Vogt"));
}

#[test]
fn pronoun_skips_people_of_the_other_gender() {
    let body = "House Speaker Nancy Pelosi met President Donald Trump on Friday.\n\n\"We disagreed,\" she said.\n\n\"We agreed,\" he said. Mr. Lee Park, an aide, left early.";
    assert_eq!(speaker_of(body, "We disagreed").as_deref(), Some("Nancy Pelosi"));
    assert_eq!(speaker_of(body, "We agreed").as_deref(), Some("Donald Trump"));
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
fn it_said_refers_to_the_institution_before() {
    let body = "The port operator said in a statement that wages rise 6 percent. \"Work resumes Friday,\" it said.";
    assert_eq!(speaker_of(body, "Work resumes").as_deref(), Some("The port operator"));
}

#[test]
fn indirect_speech_before_a_bare_quotation_names_its_speaker() {
    let body = "The agency may wait, Adam Schiff said. \"They fear the optics.\"";
    assert_eq!(speaker_of(body, "fear the optics").as_deref(), Some("Adam Schiff"));
}

#[test]
fn base_form_cue_after_an_adverb() {
    let body = "Lamenting their luck, Mexicans often say, \"Poor Mexico, so far from God.\"";
    let q = &analyzed(body).quotes[0];
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Mexicans"), Some("say")));
}

#[test]
fn definite_description_refers_back_to_the_named_one() {
    let body = "Critics fault the Trump administration\u{2019}s tactics.\n\nThe administration has claimed it is targeting \"narcoterrorists.\"";
    assert_eq!(speaker_of(body, "narcoterrorists").as_deref(), Some("Trump administration"));
}

#[test]
fn full_quotation_without_a_cue_goes_to_a_named_subject() {
    let body = "Senator Dana Whitfield met voters in Dayton.\n\nWhitfield thanked them for \"standing with us through every single storm this year.\"";
    assert_eq!(speaker_of(body, "every single storm").as_deref(), Some("Dana Whitfield"));
    let unnamed = "The mood was grim.\n\nThe plan offered \"nothing for the people who need it most right now.\"";
    assert_eq!(speaker_of(unnamed, "nothing for the people"), None);
}

#[test]
fn inverted_subjects_with_descriptions_and_name_like_words() {
    let body = "Ben Carson spoke first.\n\n\"I will not say it,\u{201d} said retired neurosurgeon Ben Carson.\n\n\"It costs a lot,\" said Will Doyle, a professor.\n\n\u{201c}Is it fair?\u{201d} asked Sen. Barbara Mikulski of Maryland.";
    assert_eq!(speaker_of(body, "I will not say").as_deref(), Some("Ben Carson"));
    assert_eq!(speaker_of(body, "costs a lot").as_deref(), Some("Will Doyle"));
    assert_eq!(speaker_of(body, "Is it fair").as_deref(), Some("Barbara Mikulski"));
}

#[test]
fn names_are_not_taken_for_introductions() {
    let body = "Appearing before supporters at the party headquarters, Suu Kyi, 70, said it was early but added, \"You all have an idea of the results.\"\n\nHusted continued by saying, \"We will appeal this decision at once.\"";
    assert_eq!(speaker_of(body, "idea of the results").as_deref(), Some("Suu Kyi"));
    assert_eq!(speaker_of(body, "appeal this decision").as_deref(), Some("Husted"));
}

#[test]
fn said_of_names_the_topic_and_appositions_may_hold_commas() {
    let body = "Senator Roy Blunt spoke.\n\n\"He had a lot of supporters,\" Blunt, after a long pause, said of Cruz.\n\nHillary Clinton, during a town hall meeting in Columbus, Ohio, said she was \"going to put a lot of coal miners out of business.\"";
    assert_eq!(speaker_of(body, "a lot of supporters").as_deref(), Some("Roy Blunt"));
    assert_eq!(speaker_of(body, "coal miners").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn a_participle_chained_to_a_cue_shares_its_subject() {
    let body = "Ryan and Trump will meet next week, Sean Spicer said, adding, \"They need to sit down and talk.\"";
    assert_eq!(speaker_of(body, "sit down and talk").as_deref(), Some("Sean Spicer"));
}

#[test]
fn anonymous_sources_stay_as_written() {
    let body = "President Gustavo Petro left the room.\n\n\"He will not sign,\" a senior official said.";
    assert_eq!(speaker_of(body, "will not sign").as_deref(), Some("a senior official"));
}

#[test]
fn the_addressee_of_told_is_not_the_speaker() {
    let body = "\"We were wrong,\" Jorge Ramos, 58, told AFP on Monday.\n\n\"The rules will change,\" \
                Morton Blackwell, the committeeman from Virginia, told reporters.";
    assert_eq!(speaker_of(body, "We were wrong").as_deref(), Some("Jorge Ramos"));
    assert_eq!(speaker_of(body, "rules will change").as_deref(), Some("Morton Blackwell"));
}

#[test]
fn descriptions_with_several_modifiers_and_participle_openings() {
    let body = "Donald Trump spoke.\n\n\"He is a great golfer,\" the real estate developer said of him.\n\n\
                Speaking earlier Tuesday in Florida, Trump insisted that he has \"expanded the party,\" \
                claiming credit for the turnout.";
    assert_eq!(speaker_of(body, "great golfer").as_deref(), Some("the real estate developer"));
    assert_eq!(speaker_of(body, "expanded the party").as_deref(), Some("Donald Trump"));
}

#[test]
fn exclamation_ends_the_quotation_not_the_attribution() {
    let body = "\"Not us, but we cannot argue with it!\" Mike Murphy, the head of the group, tweeted on Friday.";
    assert_eq!(speaker_of(body, "cannot argue").as_deref(), Some("Mike Murphy"));
}

#[test]
fn inverted_subject_with_an_apposition_before_the_quotation() {
    let body = "The home was turned into a museum. Said Dorothy Poynter, who grew up with him, \
                \"We were all so proud of him.\"";
    assert_eq!(speaker_of(body, "so proud").as_deref(), Some("Dorothy Poynter"));
}

#[test]
fn a_bare_quotation_goes_on_from_the_quotation_before() {
    let body = "''Revenues are up a little bit,'' said Tom Ekovich, who noted that prices had \
                ''cratered'' in the recession. ''Things are moving in the right direction.''";
    assert_eq!(speaker_of(body, "right direction").as_deref(), Some("Tom Ekovich"));
}

#[test]
fn a_name_without_its_middle_initial_is_the_same_person() {
    let body = "Attorney General Loretta E. Lynch met Sharon Werner.\n\nLoretta Lynch spoke first. \
                Werner listened.\n\nLynch said she recalled thinking, \"This is what people talk about.\"";
    assert_eq!(speaker_of(body, "people talk about").as_deref(), Some("Loretta E. Lynch"));
}

#[test]
fn an_embedded_quotation_does_not_take_the_next_sentences_speaker() {
    let body = "Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted \
                that Pyongyang \"stop its dangerous escapades.\"";
    assert_ne!(speaker_of(body, "outlaw nation").as_deref(), Some("Russia"));
}

#[test]
fn a_verb_between_two_names_ends_the_subject() {
    let body = "Elizabeth Warren praised Mrs. Clinton's record, saying she had \"steady hands and a good heart.\"";
    assert_eq!(speaker_of(body, "steady hands").as_deref(), Some("Elizabeth Warren"));
    let body = "\"I will not say it was a mistake,\" said retired neurosurgeon Ben Carson, asked about it.";
    assert_eq!(speaker_of(body, "not say it").as_deref(), Some("Ben Carson"));
}

#[test]
fn a_subject_in_a_reported_clause_is_not_the_speaker() {
    let body = "Paul Manafort, citing ''the unique magic of Trump,'' said the candidate could win in \
                Pennsylvania.\n\nCruz says he is \"effectively tied for second place\" with Marco Rubio, \
                in a finish that he said defied expectations.";
    assert_eq!(speaker_of(body, "unique magic").as_deref(), Some("Paul Manafort"));
    assert_ne!(speaker_of(body, "tied for second").as_deref(), Some("Marco Rubio"));
}

#[test]
fn passive_cue_before_the_quotation_names_the_agent() {
    let body = "Senator Bernie Sanders was asked by host Bill Maher, \"Has the story moved, has it not?\"";
    assert_eq!(speaker_of(body, "story moved").as_deref(), Some("Bill Maher"));
}

#[test]
fn owners_and_their_bodies_speak_as_written() {
    let body = "Paul Ryan met Donald Trump.\n\n\"We had a good talk,\" Ryan's office said in a statement.\n\n\
                \"It is a good plan,\" said Clinton's top foreign policy aide Jake Sullivan.\n\n\
                Much of the ire went to Steve Bannon, whom Glenn Beck on Wednesday called \"a horrible human being.\"";
    assert_eq!(speaker_of(body, "good talk").as_deref(), Some("Ryan's office"));
    assert_eq!(speaker_of(body, "good plan").as_deref(), Some("Jake Sullivan"));
    assert_eq!(speaker_of(body, "horrible").as_deref(), Some("Glenn Beck"));
}

#[test]
fn a_capitalised_word_after_a_quotation_starts_a_name_not_a_cue() {
    let body = "\"The court is split,\" Post White House bureau chief Juliet Eilperin wrote.";
    assert_eq!(speaker_of(body, "court is split").as_deref(), Some("Juliet Eilperin"));
}

#[test]
fn nouns_that_look_like_cues_are_not_cues() {
    let body = "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he is \"losing the war \
                on terrorism,\" part of a verbal lashing they have given the president.";
    assert_eq!(speaker_of(body, "losing the war").as_deref(), Some("Donald Trump"));
    let body = "\"If she wants to be president, she should come to Louisiana,\" the editorial read.";
    assert_eq!(speaker_of(body, "come to Louisiana").as_deref(), Some("the editorial"));
}

#[test]
fn an_object_before_a_colon_is_not_the_speaker() {
    let body = "Senate Majority Leader Mitch McConnell delivered a blunt message to Donald Trump: \"It is \
                time to quit attacking people.\"\n\nLikewise, a paper from the Brookings Institution had \
                this to say about the plan: \"Families at the top would receive more.\"";
    assert_eq!(speaker_of(body, "time to quit").as_deref(), Some("Mitch McConnell"));
    assert_eq!(speaker_of(body, "Families at the top").as_deref(), Some("a paper"));
}

#[test]
fn participles_after_an_introductory_clause_take_the_subject() {
    let body = "On Tuesday, even as shares were tumbling, Bill Ackman wrote to investors, telling them the \
                company was ''worth multiples of the current market price and more.''\n\nThe president left \
                no doubt of his commitment, saying that ''there has never been anyone more qualified for \
                the job'' than her.";
    assert_eq!(speaker_of(body, "worth multiples").as_deref(), Some("Bill Ackman"));
    assert_eq!(speaker_of(body, "never been anyone").as_deref(), Some("The president"));
}

#[test]
fn a_role_for_someone_speaks_not_the_someone() {
    let body = "Donald Trump arrived.\n\n\"The facts have not changed,\" a lawyer for Donald Trump said.";
    assert_eq!(speaker_of(body, "facts have not").as_deref(), Some("a lawyer for Donald Trump"));
}

#[test]
fn a_parenthetical_inversion_names_the_speaker() {
    let body = "The paradox of Nancy, says Carl Anthony, a historian at the library, is that she was \
                \"one of the most powerful first ladies of the era,\" not for her policy.";
    assert_eq!(speaker_of(body, "most powerful").as_deref(), Some("Carl Anthony"));
}

#[test]
fn phrasal_cues_and_clause_boundaries() {
    let body = "Megyn Kelly smiled.\n\n\"You know, it happens, right?\" Donald Trump went on.\n\n\
                A Chinese official said Japan should be careful \"not to interfere and stir up problems\" in \
                the waterway, while Fumio Kishida also weighed in.";
    assert_eq!(speaker_of(body, "it happens").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "not to interfere").as_deref(), Some("A Chinese official"));
}

#[test]
fn a_lone_quotation_after_a_paragraph_with_fragments_takes_its_subject() {
    let body = "Hillary Clinton called the bank's behavior \"outrageous\" and kept her comments on breaking \
                up banks hypothetical.\n\n\"If any bank cannot be managed effectively, it should be broken up.\"";
    assert_eq!(speaker_of(body, "broken up").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn the_addressee_of_a_passive_cue_is_not_the_speaker() {
    let body = "Male MPs jeered \"melons\" as women spoke, researchers from Birkbeck College were told.";
    assert_ne!(speaker_of(body, "melons").as_deref(), Some("researchers from Birkbeck College"));
    let body = "In an interview, Donald Trump was asked, \"What is the most dangerous place you have been to?\"";
    assert_eq!(speaker_of(body, "most dangerous place"), None);
}

#[test]
fn an_owners_message_is_the_owners() {
    let body = "Sir Digby Jones said stability was important. His message to the chancellor was: \
                \"Please do not give it away in any form of electioneering.\"";
    assert_eq!(speaker_of(body, "give it away").as_deref(), Some("Digby Jones"));
}

#[test]
fn a_given_name_after_a_party_label_starts_the_name() {
    let body = "Senate Intelligence Ranking Democrat Dianne Feinstein met Jake Sullivan.\n\n\
                Asked about Sullivan, Feinstein said \"I don't know anything about the emails,\" she said.";
    assert_eq!(speaker_of(body, "know anything").as_deref(), Some("Dianne Feinstein"));
    assert!(analyzed(body).entities.persons.contains(&"Dianne Feinstein".to_owned()));
}

#[test]
fn a_base_form_right_after_a_quotation_is_a_noun() {
    let body = "Dianne Feinstein said Clinton sent no \"top secret\" email chains.";
    assert_eq!(analyzed(body).quotes[0].cue.as_deref(), Some("said"));
}

#[test]
fn quotations_joined_by_and_share_the_cue_after_them() {
    let body = "Guns are \"the ultimate public health crisis\" and \"stunt children's growth,\" Howard Dean, \
                the former governor of Vermont, proclaimed on Tuesday.";
    assert_eq!(speaker_of(body, "public health crisis").as_deref(), Some("Howard Dean"));
    assert_eq!(speaker_of(body, "stunt children").as_deref(), Some("Howard Dean"));
}

#[test]
fn a_name_before_adverbs_and_a_participle_is_its_subject() {
    let body = "Some of his supporters punched a protester, with Donald Trump reportedly yelling: \
                \"Get him the hell out of here!\"\n\n\"On the political risk, this is a great deal,\" Read \
                said. Pfizer chief executive Ian Read spoke to analysts.";
    assert_eq!(speaker_of(body, "hell out of here").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "great deal").as_deref(), Some("Ian Read"));
}

#[test]
fn descriptions_and_quantifiers_as_subjects() {
    let body = "\"Are we talking about the same Nikki Haley?\" the editorial board writes.\n\n\
                \"You seem to have picked a new standard out of thin air,\" the two write.\n\n\
                ''The court expresses no view on the merits'' of the case, the unsigned opinion said.";
    assert_eq!(speaker_of(body, "same Nikki Haley").as_deref(), Some("the editorial board"));
    assert_eq!(speaker_of(body, "new standard").as_deref(), Some("the two"));
    assert_eq!(speaker_of(body, "no view on the merits").as_deref(), Some("the unsigned opinion"));
}

#[test]
fn a_participle_after_an_inverted_cue_keeps_its_speaker() {
    let body = "\"Having access to the file is valuable,\" said Bill Skelly, explaining he worked more \
                closely with a colleague who cleaned up the data: \"Vito is outstanding with data.\"";
    assert_eq!(speaker_of(body, "outstanding with data").as_deref(), Some("Bill Skelly"));
    let body = "Bernie Sanders discussed his recent remarks about Hillary Clinton, saying \"on her worst \
                day\" she would be \"an infinitely better president than any of them.\"";
    assert_eq!(speaker_of(body, "infinitely better").as_deref(), Some("Bernie Sanders"));
}

#[test]
fn a_guess_without_a_cue_must_name_someone_who_can_speak() {
    let body = "Other news organizations have asked for copies. The silence has been deafening for \
                \"the people who want answers to their questions now.\"\n\n\
                Instead, the statement talked about giving voters the right to \"determine who they want as \
                president and what the agenda should be.\"";
    assert_eq!(speaker_of(body, "want answers"), None);
    assert_eq!(speaker_of(body, "determine who").as_deref(), Some("the statement"));
}

#[test]
fn numbers_with_slashes_and_quantities_before_plurals() {
    let body = "\"The rationales do not hold weight,\" said 9/11 widow Terry Strada.\n\n\
                Bernie Sanders said, suggesting a few questions, including, \"Mr. Trump, do you really \
                think that billionaires need a massive tax break?\"";
    assert_eq!(speaker_of(body, "do not hold weight").as_deref(), Some("Terry Strada"));
    assert_eq!(speaker_of(body, "billionaires need").as_deref(), Some("Bernie Sanders"));
}

#[test]
fn a_pronoun_subject_looks_past_its_own_introduction() {
    let body = "Palaniappan Chidambaram, India's finance minister, argued for reform. Mr Chidambaram is \
                attending the meeting. At a conference hosted by Gordon Brown on Friday, he said he \
                favoured floating rates. \"A flexible exchange rate is one more channel for absorbing \
                shocks,\" he told the conference.";
    assert_eq!(speaker_of(body, "flexible exchange").as_deref(), Some("Palaniappan Chidambaram"));
}

#[test]
fn a_long_apposition_between_two_parts_of_a_quotation() {
    let body = "\"He talks off the cuff all the time,\" said David Magel, 53, who lives in the Chicago \
                suburbs and flew with his son to a Trump rally Monday in Springfield, Ill. \". . . I just \
                want somebody who speaks like we do.\"";
    assert_eq!(speaker_of(body, "speaks like we do").as_deref(), Some("David Magel"));
}

#[test]
fn a_coordinated_clause_has_its_own_cue() {
    let body = "Ted Cruz said he would make sand \"glow in the dark,\" for instance, and Donald Trump \
                vowed to \"bomb the hell\" out of them.\n\nAs the Rainmakers sang back in the 1980s, \
                \"They will turn us all into beggars.\"";
    assert_eq!(speaker_of(body, "glow in the dark").as_deref(), Some("Ted Cruz"));
    assert_eq!(speaker_of(body, "bomb the hell").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "into beggars").as_deref(), Some("Rainmakers"));
}

#[test]
fn the_writer_quoting_is_not_the_speaker() {
    let body = "No wonder Donald Trump said, and I quote, \"We love the poorly educated.\"";
    assert_eq!(speaker_of(body, "poorly educated").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_coordinated_cue_shares_the_subject_of_the_verb_before() {
    let body = "When Donald Trump later referred to the massacre and said he would \"protect our LGBTQ \
                citizens,\" the crowd applauded.\n\nIn a wide-ranging, in-prison interview with journalist \
                Matei Rosca last year, Marcel Lazar said he welcomed extradition and added, \"I will plead \
                guilty, no problem.\"\n\nRob Boreing said the members will still meet, but said, \"It is \
                time we change how we do it,\" promising a return to its roots.";
    assert_eq!(speaker_of(body, "LGBTQ").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "plead guilty").as_deref(), Some("Marcel Lazar"));
    assert_eq!(speaker_of(body, "time we change").as_deref(), Some("Rob Boreing"));
}

#[test]
fn a_participle_takes_a_subject_that_can_speak() {
    let body = "In August, several environmental groups granted Mr. Clarke an extension, saying his \
                \"start-up capital was less than expected.\"\n\nThe first incident came during a speech, \
                shouting \"she wins, we lose and we lose again!\"\n\nAn early tweet quoted the president as \
                saying \"Need to do something to prevent the next one!\"\n\nOne attendee, who like others \
                spoke on the condition of anonymity to discuss the private meeting, said the message was \
                that \"this is not going to be over in February or March.\"";
    assert_eq!(speaker_of(body, "start-up capital").as_deref(), Some("several environmental groups"));
    assert_eq!(speaker_of(body, "she wins"), None);
    assert_eq!(speaker_of(body, "prevent the next one").as_deref(), Some("An early tweet"));
    assert_eq!(speaker_of(body, "over in February").as_deref(), Some("One attendee"));
}

#[test]
fn it_in_a_reported_clause_is_the_subject_before() {
    let body = "WASHINGTON -- President Barack Obama, dedicating the museum on Saturday, said it would \
                tell an American story, one of ''suffering and delight, one of fear, but also of hope.''";
    assert_eq!(speaker_of(body, "suffering and delight").as_deref(), Some("Barack Obama"));
}

#[test]
fn a_cue_beyond_a_clause_boundary_is_another_speakers() {
    let body = "The Tories dismissed the plan as \"desperate\", while the Liberal Democrats said it was \
                misdirected.\n\nGillian Shepherd remembered how a colleague called all women \"Betty\".\n\n\
                \"When I said my name isn't Betty, he said we are all the same.\" Harriet Harman told \
                researchers of the hostility: \"Well, you've only succeeded because you're a woman.\"";
    assert_ne!(speaker_of(body, "desperate").as_deref(), Some("Liberal Democrats"));
    assert_ne!(speaker_of(body, "name isn't Betty").as_deref(), Some("Harriet Harman"));
    assert_eq!(speaker_of(body, "only succeeded").as_deref(), Some("Harriet Harman"));
}

#[test]
fn an_affiliation_after_of_is_not_the_name() {
    let body = "Aviation analyst Nick Van den Brul of BNP Paribas described the rise as \"pretty modest\".";
    assert_eq!(speaker_of(body, "pretty modest").as_deref(), Some("Nick Van den Brul"));
}

#[test]
fn the_text_tells_a_persons_gender_when_the_name_list_cannot() {
    // "Joni" is listed as a male given name; the article says "she".
    let body = "Prof Joni Lovenduski, who ran the study with Margaret Moran, said she was shocked. \
                \"We expected a bit of this but nothing like this.\" But she said there was a difference.";
    assert_eq!(speaker_of(body, "expected a bit").as_deref(), Some("Joni Lovenduski"));
}

#[test]
fn a_quotation_left_out_still_separates_words() {
    let body = "On \"Face the Nation,\" Sen. Bernie Sanders identified exhaustion with bigotry as a reason. \
                \"The younger people are sick and tired of discrimination and racism.\"\n\n\
                Curiel was unconvinced. Trump's \"assertion is speculative,\" the order released Friday said.";
    assert_eq!(speaker_of(body, "sick and tired").as_deref(), Some("Bernie Sanders"));
    assert_eq!(speaker_of(body, "assertion is speculative").as_deref(), Some("the order"));
}

#[test]
fn a_list_in_an_apposition_does_not_end_the_clause() {
    let body = "The new plans \"will not solve this challenge,\" Anne Richards, assistant secretary for \
                population, refugees, and migration, said on the call.";
    assert_eq!(speaker_of(body, "will not solve").as_deref(), Some("Anne Richards"));
}

#[test]
fn a_modal_and_only_before_a_bare_cue() {
    let body = "The scheduling was so odd that a spokesman for Bernie Sanders could only quip: \
                \"I guess Christmas Eve was booked.\"";
    assert_eq!(speaker_of(body, "Christmas Eve").as_deref(), Some("a spokesman for Bernie Sanders"));
}

#[test]
fn a_later_quotation_in_a_parenthetical_sentence_keeps_its_speaker() {
    let body = "The paradox of Nancy, says Carl Anthony, a historian at the library, is that she was \
                \"one of the most powerful first ladies of the era,\" not for her policy influence but for her \
                \"personal influence closely monitoring access to the president.\"\n\n\
                \"Will he be the next attorney general?\" a Democratic staffer in the room wondered.";
    assert_eq!(speaker_of(body, "personal influence").as_deref(), Some("Carl Anthony"));
    assert_eq!(speaker_of(body, "next attorney general").as_deref(), Some("a Democratic staffer in the room"));
}

#[test]
fn the_name_after_an_owners_role() {
    let body = "Nicole Kidman took out a restraining order.\n\n\"Nicole would like to make it clear that she \
                respects their job,\" said Kidman's publicist Wendy Day.";
    assert_eq!(speaker_of(body, "make it clear").as_deref(), Some("Wendy Day"));
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
    assert_eq!(speaker_of(body, "going to be a problem").as_deref(), Some("Jaime Ongpin"));
    assert_eq!(speaker_of(body, "wage moderation").as_deref(), Some("Alain Marais"));
    assert_eq!(speaker_of(body, "asked for a meeting").as_deref(), Some("Ali al-Khalifa al-Sabah"));
    assert_eq!(speaker_of(body, "bailing out").as_deref(), Some("one CBT crush trader"));
    assert!(!analyzed(body).entities.persons.contains(&"Societe Generale".to_owned()));
}

#[test]
fn he_said_refers_to_the_last_person_speaking() {
    let body = "Scott Johnson spoke. Matt Williams' side has shown little in attack, but Johnson insisted \
                the Scots will be hard to beat. \"Italy are really brave opposition,\" he said.";
    assert_eq!(speaker_of(body, "brave opposition").as_deref(), Some("Scott Johnson"));
}

#[test]
fn a_bare_quotation_goes_on_rather_than_take_the_next_sentences_cue() {
    let body = "Kim Collins ran in Birmingham. \"I'm looking forward to it,\" he said. \"I got a great \
                reception from the crowd.\" The world champion says he's in good shape.";
    assert_eq!(speaker_of(body, "great reception").as_deref(), Some("Kim Collins"));
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
fn a_named_speaker_between_two_quotations_takes_the_second() {
    // The first quotation's speaker does not carry over a sentence with another cue.
    let body = "IBM said it wanted a \"patent commons\". Adam Jollans, its Linux strategy manager, said the move was genuine. \"We believe this will speed innovation. \"This is about collaboration.\"";
    assert_eq!(speaker_of(body, "speed innovation").as_deref(), Some("Adam Jollans"));
    assert_eq!(speaker_of(body, "about collaboration").as_deref(), Some("Adam Jollans"));
    // Its own relative clause is part of the first cue: the next quotation goes on.
    let body = "Hiro Aida, a professor, spoke.\n\n\"We were shocked,\" said Aida, who recently published a book on it. Biden \"kind of misspoke. He should not say this.\"";
    assert_eq!(speaker_of(body, "misspoke").as_deref(), Some("Hiro Aida"));
}

#[test]
fn a_cue_ending_in_a_colon_introduces_the_next_quotation() {
    let body = "\"It is an honour,\" said Justin Gatlin. \"It is a great end to a great year.\" Joanna Hayes said: \"I feel a sense of pride.\"";
    assert_eq!(speaker_of(body, "great year").as_deref(), Some("Justin Gatlin"));
    assert_eq!(speaker_of(body, "sense of pride").as_deref(), Some("Joanna Hayes"));
}

#[test]
fn a_person_after_an_organisation_and_a_role() {
    // "Li" is not Liechtenstein; the affiliation before the role is not the speaker.
    let body = "\"We need a good plan,\" National Bureau of Statistics chief Li Deshui told Reuters.";
    assert_eq!(speaker_of(body, "good plan").as_deref(), Some("Li Deshui"));
    assert_eq!(analyzed(body).entities.persons, ["Li Deshui"]);
}

#[test]
fn sports_and_arts_roles_introduce_names() {
    let body = "Newly-crowned Australian Open champion Marat Safin has ruled out Wimbledon.\n\nAfter losing last year, Safin said he had given up. \"I'll play, but with no expectations,\" he said.";
    assert_eq!(speaker_of(body, "no expectations").as_deref(), Some("Marat Safin"));
}

#[test]
fn a_participle_opening_its_sentence_goes_on_from_the_one_before() {
    let body = "Later in the show, Bill Maher stated that the report \"wasn't good.\" Adding, \"Now, like with all scandals, it is never that bad.\"";
    assert_eq!(speaker_of(body, "never that bad").as_deref(), Some("Bill Maher"));
    // With a subject of its own, the sentence keeps it.
    let body = "Tim Allen spoke.\n\nAcknowledging that Trump \"says a lot of stupid stuff,\" though, Allen did suggest he was right.";
    assert_eq!(speaker_of(body, "stupid stuff").as_deref(), Some("Tim Allen"));
}

#[test]
fn a_lone_quotation_paragraph_after_a_reported_speaker() {
    let body = "Donald Trump gave an interview.\n\nWhat the plan means is left to voters, since Trump spoke only in bromides during the interview.\n\n\"We have to do something.\"";
    assert_eq!(speaker_of(body, "do something").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_statement_or_an_infinitive_cue_before_a_comma() {
    let body = "After the attacks, Donald Trump issued a statement, \"Our nation was attacked.\"\n\nThe debate was so subdued that Mr. Trump was prompted to say, \"I cannot believe how civil it's been.\"";
    assert_eq!(speaker_of(body, "nation was attacked").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "how civil").as_deref(), Some("Donald Trump"));
    // A thing of the reporter's is not a speaker: "the report," stays unattributed.
    let body = "Officials cited the report, \"Growth and Opportunity\".";
    assert_eq!(speaker_of(body, "Growth"), None);
}

#[test]
fn a_role_the_article_gave_one_person_names_that_person() {
    let body = "Tory leader Michael Howard attacked the Budget.\n\nIt was \"all about the interests of the Labour party,\" the Tory leader said after welcoming Gordon Brown back. He went on to accuse Mr Brown of waste. \"Their only answer is to tax.\"";
    assert_eq!(speaker_of(body, "interests of the Labour").as_deref(), Some("Michael Howard"));
    assert_eq!(speaker_of(body, "only answer").as_deref(), Some("Michael Howard"));
    // A bare role with no qualifier stays as written: "the president" may be anyone's.
    let body = "President Barack Obama spoke.\n\n\"We will act,\" the president said.";
    assert_eq!(speaker_of(body, "We will act").as_deref(), Some("the president"));
}

#[test]
fn a_description_with_a_name_in_apposition_or_two_roles() {
    let body = "\"I'm outraged,\" the play's organiser in Uganda, Sarah Mukasa, told the BBC.\n\n\"We have a foundation,\" said Nortel president and chief executive Bill Owens.";
    assert_eq!(speaker_of(body, "outraged").as_deref(), Some("Sarah Mukasa"));
    assert_eq!(speaker_of(body, "foundation").as_deref(), Some("Bill Owens"));
    let body = "\"This picture was the story\", said De Telegraaf's image editor, Peter Schoonen.";
    assert_eq!(speaker_of(body, "picture").as_deref(), Some("Peter Schoonen"));
}

#[test]
fn a_person_of_an_organisation_is_the_person() {
    let body = "TOKYO, March 13 - A Foreign Ministry official dismissed\narguments made by senior U.S. Government officials seeking to\nblock the sale of a U.S. Microchip maker to a Japanese firm.\n    \"They appear to be linking completely unrelated issues,\"\nShuichi Takemoto of the Foreign Ministry's North American\nDivision told Reuters.\n    \"The real issue is xenophobia in (the U.S.) Silicon Valley,\"\nsaid Tom Murtha of brokerage James Capel and Co.\n    U.S. Commerce Secretary Malcolm Baldrige has asked the\nWhite House to consider blocking the sale of Fairchild\nSemiconductor Corp to Japan's Fujitsu Ltd, U.S. officials\nsaid yesterday.";
    assert_eq!(speaker_of(body, "unrelated issues").as_deref(), Some("Shuichi Takemoto"));
    assert_eq!(speaker_of(body, "xenophobia").as_deref(), Some("Tom Murtha"));
}

#[test]
fn a_conjunction_or_a_time_phrase_opening_the_sentence_is_not_its_subject() {
    let body = "But Sen. Pat Toomey refused to campaign alongside Cruz, responding that he's \"not going to go into what my campaign is doing and I will not do it.\"";
    assert_eq!(speaker_of(body, "my campaign").as_deref(), Some("Pat Toomey"));
    let body = "Donald Trump spoke in March.\n\nBut a few days later, Trump reversed himself, telling CBS that the laws \"are set. And I think we have to leave it that way.\"";
    assert_eq!(speaker_of(body, "leave it that way").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_name_ending_in_a_number_and_it_after_a_described_institution() {
    let body = "Radio 1 said it would rise to the \"challenge\" of the change.\n\n\"Peel can never be replaced,\" said the radio station. It added that the show would go on, and said: \"It will seek out new music.\"";
    assert_eq!(speaker_of(body, "challenge").as_deref(), Some("Radio 1"));
    assert_eq!(speaker_of(body, "seek out").as_deref(), Some("the radio station"));
}

#[test]
fn a_next_sentence_reporting_its_own_clause_does_not_take_the_quotation() {
    let body = "Adam Jollans said everyone could take advantage of it. \"The benefits are there for everyone.\" Stuart Cohen, chief executive of a US firm, said the move could mean a change.";
    assert_eq!(speaker_of(body, "benefits").as_deref(), Some("Adam Jollans"));
    let body = "Chuck Todd raised it. \"Did you know it was Mussolini?\" Todd asked the real estate mogul.";
    assert_eq!(speaker_of(body, "Mussolini").as_deref(), Some("Chuck Todd"));
}

#[test]
fn quoted_as_saying_gives_the_quotation_to_the_one_quoted() {
    let body = "\"He has been ripping people off,\" AP quoted prosecutor Russell McGuire as saying.";
    assert_eq!(speaker_of(body, "ripping").as_deref(), Some("Russell McGuire"));
}

#[test]
fn he_is_not_the_agent_of_a_passive_nor_an_age_a_name() {
    let body = "Fifteen-year-old Donald Young made his debut.\n\nYoung won the junior title in January. But the wildcard entry was dispatched by fellow American Robby Ginepri in straight sets. \"It was fun,\" he said.";
    assert_eq!(speaker_of(body, "It was fun").as_deref(), Some("Donald Young"));
    assert!(analyzed(body).entities.persons.contains(&"Donald Young".to_owned()));
}

#[test]
fn he_after_an_unnamed_source_is_that_source() {
    let body = "MPs want tougher rules, said John Denham, the committee chairman.\n\nBut a spokesman for the Home Office defended the proposals. He said: \"We stand by the provisions in the Act.\"";
    assert_eq!(speaker_of(body, "stand by").as_deref(), Some("a spokesman"));
    // A definite description most often names someone met before.
    let body = "Senator Elizabeth Warren questioned the bank's chief.\n\nThe Democratic senator did not hold back. \"You went on television to blame your staff,\" she said.";
    assert_eq!(speaker_of(body, "blame your staff").as_deref(), Some("Elizabeth Warren"));
}

#[test]
fn a_relative_with_a_name_in_apposition() {
    let body = "Amanda's uncle, Lewis Champion, told the BBC that the killer deserved no credit, saying: \"Nothing at all is worth taking five years off a sentence.\"";
    assert_eq!(speaker_of(body, "five years").as_deref(), Some("Lewis Champion"));
}

#[test]
fn a_text_speaks_for_its_owner_and_a_role_is_matched_by_its_head() {
    let body = "Microsoft announced the change.\n\n\"The update is ready,\" Microsoft's statement said.";
    assert_eq!(speaker_of(body, "update is ready").as_deref(), Some("Microsoft"));
    // "Trump campaign spokesman Jason Miller" makes Miller a spokesman, not the campaign.
    let body = "Trump campaign spokesman Jason Miller spoke.\n\n\"It is recognized under state law,\" the Trump campaign's website says.";
    assert_ne!(speaker_of(body, "state law").as_deref(), Some("Jason Miller"));
    // "He" is a person, not a panel.
    let body = "Judge Robert Moore wrote the dissent.\n\nA three-judge panel of the court ruled on Friday. \"The law stands,\" he said.";
    assert_eq!(speaker_of(body, "law stands").as_deref(), Some("Robert Moore"));
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
    assert_eq!(speaker_of(body, "stand ready").as_deref(), Some("Foreign Ministry"));
    // "U.S. President Donald Trump" does not make "the president" an institution called
    // "U.S. President": the description stays as written.
    let body =
        "U.S. President Donald Trump spoke on Tuesday.\n\n\"It's going to be painful,\" the president told Fox News.";
    assert_eq!(speaker_of(body, "painful").as_deref(), Some("the president"));
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
    assert_eq!(speaker_of(body, "deserved it").as_deref(), Some("Jannik Sinner"));
}

#[test]
fn a_title_with_lower_case_words_introduces_a_name() {
    let body = "Hamas official Khalil al-Hayya said the group had agreed.\n\nSecretary of State Marco Rubio called the agreement \"a historic step.\" Speaking at the State Department, he added: \"Now the hard work begins.\"";
    assert!(analyzed(body).entities.persons.contains(&"Marco Rubio".to_owned()));
    assert_eq!(speaker_of(body, "hard work").as_deref(), Some("Marco Rubio"));
}

#[test]
fn a_show_owned_by_an_outlet_and_a_verb_with_an_object_after_a_quotation() {
    let body = "Nikki Haley spoke on Sunday.\n\nHaley, speaking on CBS's \"Face the Nation,\" dismissed the plan as \"more of the same old thing from them.\"";
    assert_eq!(speaker_of(body, "Face the Nation"), None);
    assert_eq!(speaker_of(body, "more of the same").as_deref(), Some("Nikki Haley"));
}

#[test]
fn review_cases_of_the_third_pass() {
    // A chain of "X of the Y" reads each phrase once (it once took seconds per "of").
    let names = ["Alder Holt", "Birch Ives", "Cedar Jones", "Dale Kirk", "Elm Lowe", "Fern Marsh"];
    let body = format!("{} said: \"We will win.\"", names.repeat(5).join(" of the "));
    assert_eq!(said(&body).len(), 1);
    // "later," ending a clause with its own subject is no time phrase.
    let body = "Rick Perry arrived in Austin on Monday.\n\nPerry arrived two hours later, telling reporters the plan was \"a new day for Texas and for everyone here.\"";
    assert_eq!(speaker_of(body, "new day").as_deref(), Some("Rick Perry"));
    // A place set off by commas is not a name in apposition.
    let body = "\"We will rebuild the town,\" said the mayor of Springfield, Illinois.";
    assert_eq!(speaker_of(body, "rebuild").as_deref(), Some("the mayor of Springfield"));
    // "It" after a person's quotation is not that person.
    let body = "\"Rates will stay low,\" said the spokesman. It added that the cut was temporary, and said: \"We will review it in June.\"";
    assert_ne!(speaker_of(body, "review it").as_deref(), Some("the spokesman"));
    // An opening phrase does not hide an unnamed source from "he".
    let body = "MPs want tougher rules, said John Denham, the committee chairman.\n\nOn Monday, a spokesman for the Home Office defended the proposals. He said: \"We stand by the provisions.\"";
    assert_eq!(speaker_of(body, "stand by").as_deref(), Some("a spokesman"));
}

#[test]
fn letters_after_a_name_are_not_part_of_the_speaker() {
    let body =
        "\"The case is weak,\" said Guy Mansfield QC, for the defence.\n\n\"We will appeal,\" Guy Mansfield QC said.";
    assert_eq!(speaker_of(body, "appeal").as_deref(), Some("Guy Mansfield"));
}

#[test]
fn an_owner_pronoun_before_a_text_and_an_opening_adverb() {
    let body = "Wim Kok presented the review.\n\nLisbon has become \"a synonym for missed objectives and failed promises,\" his report said.";
    assert_eq!(speaker_of(body, "missed objectives").as_deref(), Some("Wim Kok"));
    let body = "Adam Curry started podcasting.\n\n\"It will work,\" he says. Essentially, he says, \"I could make a couple of bucks from my listeners.\"";
    assert_eq!(speaker_of(body, "couple of bucks").as_deref(), Some("Adam Curry"));
}

#[test]
fn wire_names_of_institutions_and_initials() {
    let body = "\"Bills have helped,\" the Bank of Canada said in its report.\n\nH.P. Smith, analyst at Smith Barney, Harris Upham and Co said for a big company \"no one order will have much of an effect on the stock.\"\n\n\"Chrysler will be challenged to integrate them,\" S and P said.";
    assert_eq!(speaker_of(body, "Bills have helped").as_deref(), Some("Bank of Canada"));
    assert_eq!(speaker_of(body, "no one order").as_deref(), Some("H.P. Smith"));
    assert_eq!(speaker_of(body, "Chrysler").as_deref(), Some("S and P"));
}

#[test]
fn it_after_a_company_the_gazetteer_does_not_know() {
    let body = "Harris Graphics Corp said its profit rose in the quarter. It said orders \"continue to run at a strong pace.\"";
    assert_eq!(speaker_of(body, "strong pace").as_deref(), Some("Harris Graphics Corp"));
}

#[test]
fn a_surname_of_a_firm_and_an_of_inside_a_title() {
    let body = "Paul Johnson, an analyst, spoke.\n\n\"Rates will fall,\" said Johnson of L.F. Rothschild.\n\n\"We are ready,\" said White House Chief of Staff Howard Baker.\n\n\"It is a good plan,\" said William Schneider of the private American Enterprise Institute.";
    assert_eq!(speaker_of(body, "Rates will fall").as_deref(), Some("Paul Johnson"));
    assert_eq!(speaker_of(body, "We are ready").as_deref(), Some("Howard Baker"));
    assert_eq!(speaker_of(body, "good plan").as_deref(), Some("William Schneider"));
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
    assert_eq!(speaker_of(body, "grow").as_deref(), Some("Digby Jones"));
    assert_eq!(speaker_of(body, "hire").as_deref(), Some("Digby Jones"));
}
