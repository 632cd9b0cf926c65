"""Quote attribution and people: hand-made cases for each rule, and the hand-annotated seed gold."""
from pathlib import Path

import pandas as pd
import pytest

from lib.corpus import corpus_from_texts, load_aliases, load_corpus
from lib.evaluation.quotes import evaluate_polnear, evaluate_quotes, load_gold_quotes
from lib.evaluation.readers import read_gold, read_jsonl
from lib.people import find_people, mentions, mentions_in, people_table
from lib.quotes import cues_per_speaker, extract_quotes, quotes_in, quotes_per_speaker

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "quotes.csv"


def one(text, **kw):
    q = quotes_in(text, **kw)
    assert len(q) == 1, q
    return q.iloc[0]


# ---------------------------------------------------------------- marks and positions
@pytest.mark.parametrize("open_, close", [('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’")])
def test_every_kind_of_mark(open_, close):
    r = one(f"Anna Smith, the mayor, spoke on Monday. {open_}We will build the bridge this year,{close} she said.")
    assert (r.quote, r.kind, r.speaker, r.mention, r.cue) == ("We will build the bridge this year", "direct",
                                                              "Anna Smith", "she", "said")


def test_speaker_before_the_quote_with_colon():
    r = one('Prime Minister John Brown told reporters: "The budget is balanced and growth is back."')
    assert (r.speaker, r.cue) == ("John Brown", "told")


def test_cue_before_speaker_and_description():
    text = ('German Chancellor Olaf Weber met Spanish President Ana Ruiz in Madrid.\n\n'
            '"Our trade has never been stronger than it is today," said the German Chancellor.')
    r = one(text)
    assert (r.speaker, r.mention) == ("Olaf Weber", "the German Chancellor")


def test_speaker_between_the_parts():
    text = 'Jane Doe, a senator, spoke. "We have the votes," Ms Doe said, "and we will pass the bill."'
    q = quotes_in(text)
    # one utterance interrupted by its attribution: one row over both parts
    assert q[["kind", "speaker", "quote"]].values.tolist() == [
        ["direct", "Jane Doe", "We have the votes and we will pass the bill."]]
    assert text[q["start"][0]:q["end"][0]].startswith("We have") and text[:q["end"][0]].endswith("the bill.")


def test_multi_paragraph_quote_is_one_quote():
    text = ('Health Minister Paul Grant visited the hospital.\n\n'
            '"The wards are full. We need more nurses.\n\n'
            '"We will hire two hundred of them next year," he said.\n\n'
            'The visit lasted an hour.')
    r = one(text)
    assert r.speaker == "Paul Grant" and r.kind == "direct"
    assert r.quote == "The wards are full. We need more nurses. We will hire two hundred of them next year"
    assert text[r.start:r.end].startswith("The wards") and text[r.start:r.end].endswith("next year,")


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    text = ('"We will win this election," Labour leader Tom Hill said.\n\n'
            '"Our plan for the railways is popular with voters everywhere."')
    q = quotes_in(text)
    assert q["speaker"].tolist() == ["Tom Hill", "Tom Hill"]
    # the second quote rests on the first one's attribution: the same words name its speaker
    assert q["mention"].tolist() == ["Tom Hill", "Tom Hill"]
    assert q["mention_start"].tolist()[1] == text.index("Tom Hill")
    assert q["cue"].tolist()[1] == ""


def test_unclosed_mark_does_not_swallow_later_paragraphs():
    text = ('Mayor Lisa Park said: "The new park opens in May.\n\n'
            'The council approved the budget on Tuesday.\n\n'
            'Critics said the cost was too high.')
    q = quotes_in(text)
    direct = q[q["kind"] == "direct"]
    assert len(direct) == 1 and direct.iloc[0]["end"] <= text.index("\n\n")
    assert "council" not in direct.iloc[0]["quote"]


def test_subheadline_in_quote_marks_is_not_a_quote():
    text = ('Foreign Minister Ian Cole spoke in Rome.\n\n'
            "'Italy a reliable partner'\n\n"
            '"We trust each other," Cole said.')
    q = quotes_in(text)
    assert q["quote"].tolist() == ["We trust each other"]


def test_partial_quote_needs_a_reporting_verb():
    q = quotes_in('Senator Amy Lake said the plan was "a disaster for farmers" and voted against it.')
    partial = q[q["kind"] == "partial"]
    assert partial["quote"].tolist() == ["a disaster for farmers"]
    assert partial["speaker"].tolist() == ["Amy Lake"]
    assert quotes_in('The so-called "Middle Corridor" runs through the Caspian.').empty  # scare quotes


def test_unmarked_direct_speech():
    text = "President Omar Said spoke first. The harvest is very important to me, he continued."
    r = one(text)
    assert (r.kind, r.speaker, r.cue) == ("unmarked", "Omar Said", "continued")


def test_reported_speech_forms():
    text = ('Finance Minister Rita Moss met bankers on Monday. Moss added that rates will fall. '
            'According to her, inflation has peaked. She pointed out that wages rose, adding that jobs are secure.')
    q = quotes_in(text)
    assert q["kind"].tolist() == ["indirect"] * 4
    assert set(q["speaker"]) == {"Rita Moss"}
    assert q["cue"].str.lower().tolist() == ["added", "according to", "pointed out", "adding"]
    assert q["quote"].tolist()[0] == "rates will fall"


def test_apposition_between_speaker_and_verb():
    r = one("Aibek Nur, a spokesman for the ministry, announced on Monday that ten ministers will attend.")
    assert (r.speaker, r.quote) == ("Aibek Nur", "ten ministers will attend")


def test_pronoun_resolves_to_the_subject_not_the_object():
    text = ('Mayor Ann Lee, for her part, welcomed Governor Bob Stone to the city.\n\n'
            '"This is a great day for all of us," she said.')
    assert one(text).speaker == "Ann Lee"


def test_never_invents_a_person():
    # an unnamed source is said as the text says it, and is no person
    r = one('"The road will be closed until March," a notice on the door said.')
    assert (r.speaker, r.speaker_type, r.mention) == ("a notice on the door", "anonymous", "a notice on the door")


def test_offsets_point_at_the_words():
    text = 'Mr Tim Cole said: «Yes, we can.» Later he said that prices will rise.'
    for r in quotes_in(text).itertuples():
        span = text[r.start:r.end]
        assert all(w in span for w in r.quote.split())


def test_empty_and_odd_input():
    for text in ["", "   ", '"', "“ ” « »", "said said said", "\n\n\n"]:
        q = quotes_in(text)
        assert list(q.columns)[:4] == ["quote_id", "start", "end", "quote"]


# ---------------------------------------------------------------- people as speakers (more: test_people.py)
def test_a_surname_with_a_reporting_verb_is_a_person_when_the_full_name_is_written():
    text = ('Gary Neville is a big lad. Neville admitted there had been incidents. "It was hard," he said. '
            "Labour's Robin Cook spoke later, and Cook said little. Microsoft said nothing.")
    people = [p.name for p in find_people(text)]
    assert people == ["Gary Neville", "Robin Cook"]
    q = quotes_in(text)
    assert q.loc[q["quote"] == "It was hard", "speaker"].tolist() == ["Gary Neville"]
    assert q.loc[q["mention"] == "Neville", "speaker"].tolist() == ["Gary Neville"]


def test_middle_initials_and_reporting_after_but():
    text = ("As a young associate, Loretta E. Lynch said she was asked to present. "
            "Video shows his hands in the air, but Shelby Jones said he refused to follow her commands.")
    assert [p.name for p in find_people(text)] == ["Loretta E. Lynch", "Shelby Jones"]
    q = quotes_in(text)
    assert q[["quote", "speaker"]].values.tolist() == [
        ["she was asked to present", "Loretta E. Lynch"], ["he refused to follow her commands", "Shelby Jones"]]


def test_inverted_attribution_after_a_comma():
    text = ("Debates are not likely to alter the campaign, noted NBC’s Dante Chinni. "
            "The lira has been like funny money, the dealer said, told Associated Press. "
            "The Home Secretary, Jack Straw, said the plan was sound.")
    q = quotes_in(text)
    got = dict(zip(q["quote"], q["speaker"]))
    assert got["Debates are not likely to alter the campaign"] == "Dante Chinni"
    assert "Associated Press" not in set(q["mention"])
    # a noun phrase after the verb is not taken as the speaker when one stands before it
    assert q.loc[q["quote"] == "the plan was sound", "mention"].tolist() == ["Jack Straw"]


def test_a_name_in_apposition_after_its_role():
    text = ("The Home Secretary, Jack Straw, said the plan was sound. The Turkish foreign minister, Hakan Fidan, "
            "spoke. The weather, Sunny Days, was fine. Paris-based director Ann Lee said so.")
    people = {p.name: p for p in find_people(text)}
    assert list(people) == ["Jack Straw", "Hakan Fidan", "Ann Lee"]
    assert people["Hakan Fidan"].roles == {"foreign minister"} and people["Hakan Fidan"].nations == {"turkish"}
    assert quotes_in(text).loc[0, "speaker"] == "Jack Straw"


def test_occupations_introduce_people():
    q = quotes_in('"Every sector was hit," said entrepreneur Drayton Valentine. Rapper Eminem said: "It is done." '
                  "Guitarist Brian May has said he expects a tour.")
    assert q["speaker"].tolist() == ["Drayton Valentine", "Eminem", "Brian May"]
    # a business person is not anyone's director: the description stays unresolved
    m = mentions_in("Clinton's communications director, Jennifer Palmieri, spoke first. The New York businessman "
                    "said little.")
    assert "Jennifer Palmieri" in m["person"].tolist()
    assert not m["mention"].str.contains("businessman").any()


def test_inverted_speaker_after_a_capitalised_role():
    q = quotes_in('"The economy is strong," said Treasurer Peter Costello. Rates are rising, says Baroness Susan '
                  'Greenfield. "We must wait," said Professor Dennis Logue.')
    assert q["speaker"].tolist() == ["Peter Costello", "Susan Greenfield", "Dennis Logue"]
    assert q["mention"].tolist() == ["Treasurer Peter Costello", "Baroness Susan Greenfield", "Professor Dennis Logue"]


# ---------------------------------------------------------------- corpus level and summaries
@pytest.fixture(scope="module")
def seed_quotes():
    corpus = load_corpus(ROOT / "seeds")
    return corpus, extract_quotes(corpus, load_aliases(ROOT / "seeds"))


def test_extract_quotes_and_summaries(seed_quotes):
    corpus, q = seed_quotes
    text = dict(zip(corpus["doc_id"], corpus["text"]))
    for r in q.itertuples():
        assert 0 <= r.start < r.end <= len(text[r.doc_id])
    per = quotes_per_speaker(q)
    assert per["quotes"].sum() == len(q)
    cues = cues_per_speaker(q)
    assert (cues["count"] > 0).all()
    m = mentions(corpus, load_aliases(ROOT / "seeds"))
    table = people_table(m, q)
    assert table.iloc[0]["mentions"] >= table.iloc[-1]["mentions"]
    # spelling variants across articles are one person
    assert (not any("Erdoğan" in p for p in table["person"])
            or not any(p == "Recep Tayyip Erdogan" for p in table["person"]))


# Lower bounds just under what was measured on the hand-annotated seeds
# (precision 1.0, recall 1.0, speaker accuracy 1.0, kind accuracy 1.0; see the
# closing note of issue 4). The tests fail if attribution gets worse.
QUOTE_MIN = {"precision": 0.95, "recall": 0.95, "speaker_accuracy": 0.95, "kind_accuracy": 0.95}


def test_against_gold(seed_quotes):
    corpus, q = seed_quotes
    gold = load_gold_quotes(read_gold(GOLD), corpus)
    summary, table = evaluate_quotes(q, gold)
    for key, minimum in QUOTE_MIN.items():
        assert summary[key] >= minimum, (key, summary[key], table[~table["matched"]].to_dict("records"))


def test_evaluate_quotes_counts():
    corpus = corpus_from_texts({"a": 'Mayor Jo Bell said: "We are ready for the storm."'})
    gold = load_gold_quotes(pd.DataFrame({"doc_id": ["a"], "kind": ["direct"], "speaker": ["Jo Bell"],
                                          "quote": ["We are ready for the storm."]}), corpus)
    s, _ = evaluate_quotes(extract_quotes(corpus), gold)
    assert (s["precision"], s["recall"], s["speaker_accuracy"]) == (1.0, 1.0, 1.0)


POLNEAR = ROOT.parent / "shared" / "quotes-dev" / "polnear_dev.jsonl"


@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared/quotes-dev not present")
def test_polnear_generalisation_lower_bound():
    # measured: precision 0.681, recall 0.839, F1 0.752, source accuracy 0.892; with the Gender Gap Tracker rule
    # F1 0.843 (bench/quotes_polnear.py). A development set: its misses were read while writing the rules.
    records = read_jsonl(POLNEAR)
    summary, _ = evaluate_polnear(records)
    assert summary["f1"] >= 0.73 and summary["recall_marked"] >= 0.89 and summary["source_accuracy"] >= 0.87, summary
    ggt, _ = evaluate_polnear(records, gold_share=0.3)
    assert ggt["f1"] >= 0.82, ggt


def test_agency_names_its_source():
    r = one("The minister will visit Paris next week to sign a trade deal, Reuters cites the ministry's press office.")
    assert (r.kind, r.cue, r.speaker, r.speaker_type) == ("indirect", "cites", "the ministry's press office",
                                                           "organisation")
    assert r.mention == "the ministry's press office"
    assert r.quote == "The minister will visit Paris next week to sign a trade deal"


def test_be_before_a_reporting_verb():
    # the progressive keeps its subject as the speaker; the passive's subject is not a speaker
    q = quotes_in("Jo Bell said she was tired. Jo Bell is describing the plan as “a disaster”.")
    assert q[["kind", "mention", "speaker"]].values.tolist()[1] == ["partial", "Jo Bell", "Jo Bell"]
    assert not len(quotes_in("Activision, based in Santa Monica, is said to be a takeover target."))
    assert not len(quotes_in("Parmalat was declared insolvent in December after the fraud emerged."))
    assert not len(quotes_in("About 500 officials are accused of awarding themselves extra pay."))
    # an adverb after "has" is skipped as before: "has always insisted"
    q = quotes_in("Yukos has always insisted that the auction was theft.")
    assert q["mention"].tolist() == ["Yukos"]


def test_title_after_the_cue_belongs_to_the_mention():
    text = ('Tony Blair spoke in London. "We will not put the country at risk," said Mr Blair. '
            'Prices will rise 3.5% next year, said Dr Ann Houck. Rick Dean runs the lab. "It is fast," says Mr Dean.')
    q = quotes_in(text)
    assert q[["mention", "speaker"]].values.tolist() == [["Mr Blair", "Tony Blair"], ["Dr Ann Houck", "Ann Houck"],
                                                         ["Mr Dean", "Rick Dean"]]
    assert all(text[r.mention_start:r.mention_end] == r.mention for r in q.itertuples())


def test_surname_after_a_cue_is_the_full_name_written_elsewhere():
    text = ('Spain beat the USA\'s Andy Roddick in the final. "We put up a better fight," said Roddick, who was tired. '
            '"I have had a quiet word," he told Villa\'s website, as Aston Villa lost.')
    people = sorted(set(mentions_in(text)["person"]))
    assert people == ["Andy Roddick"]  # not "Aston Villa": "told Villa's website" names an owner, not a speaker
    q = quotes_in(text)
    assert q.loc[q["mention"] == "Roddick", "speaker"].tolist() == ["Andy Roddick"]


def test_a_connective_is_not_part_of_the_subject():
    q = quotes_in("The shares fell. But the company said it would appeal against the ruling.")
    assert q[["kind", "mention"]].values.tolist() == [["indirect", "the company"]]
    text = "Jo Bell spoke first. And Ms Bell said that the plan would work."
    q = quotes_in(text)
    assert q[["mention", "speaker"]].values.tolist() == [["Ms Bell", "Jo Bell"]]
    assert all(text[r.mention_start:r.mention_end] == r.mention for r in q.itertuples())


def test_abbreviated_titles_and_bracketed_asides_before_the_verb():
    # US style: "Mr." and a middle initial end in a full stop, a lawmaker's party and state stand in brackets
    text = ("Barack Obama and Gwen Moore spoke. “It is a dog whistle,” Mr. Obama said. "
            "“It is an insult,” Gwen Moore (D-Wis.) said Friday. “We will see,” Donald J. Trump said.")
    q = quotes_in(text)
    assert q[["mention", "speaker"]].values.tolist() == [["Mr. Obama", "Barack Obama"], ["Gwen Moore", "Gwen Moore"],
                                                         ["Donald J. Trump", "Donald J. Trump"]]
    # an acronym in brackets names an organisation, which is a source but not a person
    text = "The Institute for Fiscal Studies (IFS) said that taxes would have to rise."
    assert mentions_in(text).empty
    assert quotes_in(text)[["mention", "speaker", "speaker_type"]].values.tolist() == [
        ["The Institute for Fiscal Studies", "Institute for Fiscal Studies", "organisation"]]


def test_an_attribution_paragraph_that_ends_with_a_colon():
    text = ('Pat Caddell spoke on Monday.\n\nCaddell continued:\n\n'
            '"The health issue is very much a partisan issue."\n\nThe rally ended at noon.')
    q = quotes_in(text)
    assert q[["kind", "mention", "speaker"]].values.tolist() == [["direct", "Caddell", "Pat Caddell"]]
    # a colon that introduces something else is not an attribution
    assert quotes_in('The rules are these:\n\n"No running in the halls."')["speaker"].isna().all()


def test_questions_and_asides_are_attributed():
    text = ("Senator David Vitter spoke. “Why is this not clear proof that it is too big?” Vitter asked. "
            "“Only on Sundays,” he quipped.")
    q = quotes_in(text)
    assert q[["cue", "speaker"]].values.tolist() == [["asked", "David Vitter"], ["quipped", "David Vitter"]]
    # "asked" after a comma is a passive participle: the quote before it is not Michael Howard's
    text = ('Tony Blair spoke first. "He should apologise," said Mr Blair. "Let us move on." '
            'Tory leader Michael Howard, asked about the remark by reporters, said it was important.')
    q = quotes_in(text)
    assert q.loc[q["kind"] == "direct", ["speaker", "quote"]].values.tolist() == [
        ["Tony Blair", "He should apologise Let us move on."]]


def test_a_quote_that_ends_its_sentence_is_not_attributed_to_the_next_sentence():
    text = ('Labour MP Barry Sheerman wrote an article. "We must tackle the structural mess," he wrote. '
            '"It is not the case that the academic stream is fine." The Curriculum Authority (QCA) has also told '
            'the government not to weaken the plan.')
    q = quotes_in(text)
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["Barry Sheerman"]
    assert q.loc[q["kind"] == "direct", "quote"].tolist()[0].endswith("the academic stream is fine.")
    # but a short attribution sentence after a question or exclamation is one
    q = quotes_in('Kelly Holmes ran. "Will I have as much desire?" Holmes asked in the New Year.')
    assert q["speaker"].tolist() == ["Kelly Holmes"]


def test_a_quote_after_reported_speech_continues_its_speaker():
    text = ('Apple boss Steve Jobs spoke. "It is new," he said.\n\n'
            'Ian Harris, deputy editor of UK magazine Mac Format, said the machine would appeal to consumers.\n\n'
            '"They want a further taste of Mac."\n\n'
            'Former foreign secretary Robin Cook spoke later. He told BBC Radio 4\'s Today programme: '
            '"No politician should promise that."')
    q = quotes_in(text)
    assert q[["kind", "speaker"]].values.tolist() == [
        ["direct", "Steve Jobs"], ["indirect", "Ian Harris"], ["direct", "Ian Harris"], ["direct", "Robin Cook"]]
    # a reporting verb after "to" is not a report: "he" is not the speaker of "lewd"
    q = quotes_in('Eminem sang. The show led viewers to complain he was "lewd" and "offensive".')
    assert q.empty or q["speaker"].isna().all()


def test_a_paragraph_without_marks_after_an_attribution_with_a_colon():
    text = ("Governor Pat McCrory spoke on Tuesday.\n\nThe governor added:\n\n"
            "It is typical of her. She knows nothing.\n\nThe debate goes on.")
    q = quotes_in(text)
    assert q[["kind", "speaker", "quote"]].values.tolist() == [
        ["unmarked", "Pat McCrory", "It is typical of her. She knows nothing."]]
    assert quotes_in("The rules are these:\n\nNo running in the halls.").empty


def test_an_attribution_inside_its_content():
    q = quotes_in("Unlike Germany, they say, Italy has many small companies.")
    assert q[["mention", "quote"]].values.tolist() == [["they", "Unlike Germany Italy has many small companies"]]
    q = quotes_in("The plan will fail, Jo Bell said, adding that it was too late. "
                  "Costs rose 5%, the company said, but prices fell.")
    assert q[["mention", "cue", "quote"]].values.tolist() == [
        ["Jo Bell", "said", "The plan will fail"], ["Jo Bell", "adding", "it was too late"],
        ["the company", "said", "Costs rose 5%"]]


def test_a_cue_form_after_a_determiner_is_a_noun():
    q = quotes_in('Hillary Clinton, the former secretary of state, spoke on “The Steve Harvey Morning Show,” a radio '
                  'programme. His report said that the plan had failed.')
    assert "state" not in set(q["cue"]) and "report" not in set(q["cue"])
    assert q.loc[q["kind"] == "indirect", "mention"].tolist() == ["His report"]


def test_a_full_name_in_commas_before_a_reporting_verb_is_a_person():
    text = ("The United Nations' emergency relief coordinator, Jan Egeland, said that aid was slow. "
            "A firm in Princeton, New Jersey, said that sales rose.")
    assert sorted(set(mentions_in(text)["person"])) == ["Jan Egeland"]  # a place set off by commas is not one


def test_a_partial_quote_belongs_to_its_own_sentence():
    # the full stop after the closing mark ends the sentence: "Mr Blair told" is the attribution, not "Dr Fox told"
    text = ('Tory co-chairman Liam Fox spoke after Mr Blair told Labour members the Tories offered a "hard right '
            'agenda". Dr Fox told BBC Radio that Mr Blair had lied. The US agreed. And Australia said it was '
            '"one of the best meetings".')
    q = quotes_in(text)
    partial = q[q["kind"] == "partial"]
    assert partial[["mention", "speaker", "speaker_type"]].values.tolist() == [
        ["Mr Blair", "Blair", "person"], ["Australia", "Australia", "organisation"]]


def test_he_or_she_inside_a_quote_is_not_its_speaker():
    # the speaker says "I"; "he" in the quote is someone else
    text = ('Craig Bellamy said he was hurt. Newcastle manager Graeme Souness dropped him. Souness said: "He '
            'can\'t play for me ever again."')
    he = mentions_in(text).query("mention == 'He'")
    assert he["person"].tolist() == ["Craig Bellamy"]
    # without the rule, the nearest subject before the quotation would be chosen: its speaker
    assert mentions_in(text.replace('"He', '"I')).query("mention == 'him'")["person"].tolist() == ["Craig Bellamy"]
    text = ('Coach John Kirwan praised his team. Kirwan said: "I was very happy with Troncon. He had an incredible '
            'game."')
    assert mentions_in(text).query("mention == 'He'").empty  # Troncon is not a known person: better unresolved


def test_occupations_introduce_people_but_awards_dates_and_pronouns_do_not():
    text = ("Actor Leonardo DiCaprio lost the best actor Oscar to Jamie Foxx. \"It was surreal,\" DiCaprio said. "
            "Tottenham boss Martin O'Neill spoke first. \"We will see,\" said O'Neill. "
            "\"Dan Brown is the best writer I've come across,\" said novelist Lee Child. "
            "Until December Microsoft said little. The chiropractor Jean Pierre Meersseman treated him. "
            "\"He will be fine,\" Meersseman told the Mail on Sunday.")
    people = set(mentions_in(text)["person"])
    # (Jamie Foxx and Dan Brown are people too: their given names are in lib/data/first_names.csv)
    assert people == {"Leonardo DiCaprio", "Martin O'Neill", "Lee Child", "Jean Pierre Meersseman", "Jamie Foxx",
                      "Dan Brown"}
    q = quotes_in(text)
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == [
        "Leonardo DiCaprio", "Martin O'Neill", "Lee Child", "Jean Pierre Meersseman"]


def test_a_time_phrase_before_the_subject_is_not_part_of_it():
    text = ("Tony Blair met MPs. Blair spoke first. On Monday Tony Blair insisted that the plan was safe. "
            "Until December Microsoft said little about it. May Smith said that it was fine.")
    assert "Monday Tony Blair" not in set(mentions_in(text)["person"])
    q = quotes_in(text)
    assert q["mention"].tolist() == ["Tony Blair", "Microsoft", "May Smith"]


def test_quotes_in_doubled_apostrophes():
    # some archives write a double quote as two apostrophes: the second one belongs to the mark
    text = ("Mrs. Clinton spoke. ''It's more tinkering at the edges,'' said Alan Cole, an economist at the Tax "
            "Foundation. ''I wouldn't call it reform.''")
    q = quotes_in(text)
    assert q[["kind", "speaker", "quote"]].values.tolist() == [
        ["direct", "Alan Cole", "It's more tinkering at the edges I wouldn't call it reform."]]


def test_an_organisation_and_a_role_after_the_verb_belong_to_the_speaker():
    text = 'Economist Gerard Rijk follows the bank. "Rates will rise," said ING analyst Gerard Rijk.'
    q = quotes_in(text)
    assert q[["mention", "speaker"]].values.tolist() == [["ING analyst Gerard Rijk", "Gerard Rijk"]]


def test_reported_speech_after_a_colon_or_a_subordinator_and_after_a_possessive_subject():
    # a colon or a semicolon ends the clause before the subject, and so do "where", "because", "although"
    q = quotes_in("Frustration with police: Civil rights activists say officers have been too aggressive.")
    assert q[["mention", "quote"]].values.tolist() == [["Civil rights activists", "officers have been too aggressive"]]
    q = quotes_in("Patriot chose to file in Richmond, where restructuring experts say some judges are eager to move.")
    assert q["quote"].tolist() == ["some judges are eager to move"]
    # a capitalised owner and lower-case words: "Connecticut's tax commissioner"
    q = quotes_in("Connecticut’s tax commissioner says an internal review shows no one released the filings.")
    assert q[["mention", "quote"]].values.tolist() == [
        ["Connecticut’s tax commissioner", "an internal review shows no one released the filings"]]


def test_progressive_report_and_a_place_with_commas_before_that():
    q = quotes_in("The White House is saying that revelations about the tax history show the need for reform.")
    assert q[["mention", "cue", "quote"]].values.tolist() == [
        ["The White House", "saying", "revelations about the tax history show the need for reform"]]
    q = quotes_in("Hillary Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.")
    assert q[["speaker", "quote"]].values.tolist() == [["Hillary Clinton", "it means Trump never paid"]]
    # but a participle after a comma still continues the clause before it, and the passive is no report
    assert quotes_in("Activision is said to be in talks.").empty


def test_a_person_who_opens_the_sentence_speaks_after_and():
    q = quotes_in('Ted Cruz urged Republicans to "vote your conscience" and said he was standing on principle.')
    assert q.loc[q["kind"] == "indirect", ["speaker", "cue", "quote"]].values.tolist() == [
        ["Ted Cruz", "urged", 'Republicans to "vote your conscience"'],
        ["Ted Cruz", "said", "he was standing on principle"]]
    # only a person: "The deal collapsed and said nothing" is not a report of "The deal"
    assert quotes_in("The long deal with the firm collapsed and said nothing about costs.").empty


def test_content_first_with_quantified_subjects_and_a_listener():
    cases = [
        ("Six million jobs also depend on exports to Mexico, one slide says.", "one slide"),
        ("The van was meant to be escorted, another source said.", "another source"),
        ("The meeting deteriorated from there, said one GOP source.", "one GOP source"),
        ("Scott's relatives watched it on Thursday, attorneys for the family said.", "attorneys for the family"),
        ("Trump could embrace a clean energy policy, Sen. Lindsey Graham told The Huffington Post on Thursday.",
         "Sen. Lindsey Graham"),
    ]
    for text, mention in cases:
        q = quotes_in(text)
        assert q["mention"].tolist() == [mention], text
        assert q["quote"].iloc[0] == text.split(",")[0], text
    q = quotes_in("The average weekly benefit, it says, would be $300.")
    assert q[["mention", "quote"]].values.tolist() == [["it", "The average weekly benefit would be $300"]]


def test_appositions_with_abbreviations_relative_clauses_and_two_parts():
    cases = [
        "Derek Mitchell, who served as U.S. ambassador to Burma from 2012, said Clinton reached out to him.",
        "Ann Brunner, a developer from Washington, the spokeswoman for the EB-5 Investment Coalition, said many "
        "examples failed.",
        "Connie Mariano, who as a Navy captain was the White House physician in the administration of former "
        "President Bill Clinton and later retired from the service as a rear admiral, said that Clinton hid it.",
    ]
    for text in cases:
        q = quotes_in(text)
        assert q["mention"].tolist() == [" ".join(text.split()[:2]).rstrip(",")], text
    q = quotes_in("Although Scott lacks a signature achievement, elected officials from both parties say he "
                  "works hard.")
    assert q[["mention", "quote"]].values.tolist() == [["elected officials from both parties", "he works hard"]]


def test_more_reporting_verbs_and_the_ones_that_need_that():
    q = quotes_in('"He performed 100 percent," Ed Rendell recalled. Icann cautioned there was no guarantee. '
                  "Economists speculated that rates might rise. Coach Kirwan recalled Stoica at centre.")
    assert q[["kind", "mention", "cue"]].values.tolist() == [
        ["direct", "Ed Rendell", "recalled"], ["indirect", "Icann", "cautioned"],
        ["indirect", "Economists", "speculated"]]
    # "Whilst I agree" names no one
    assert [p.name for p in find_people("Whilst I agree that it works, Tom Bell said so.")] == ["Tom Bell"]


def test_a_us_lawmakers_party_and_state_in_commas():
    q = quotes_in("“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday. "
                  "Rep. Ann Lee, D-N.Y., said that it failed.")
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Mitch McConnell"], ["indirect", "Ann Lee"]]


def test_according_to_a_titled_name():
    q = quotes_in("Tom Waller met them. According to Mr Waller, Exxon was not planning to bid. "
                  "Exports rose, according to Mr Xie.")
    assert q[["mention", "speaker"]].values.tolist() == [["Mr Waller", "Tom Waller"], ["Mr Xie", "Xie"]]


def test_verbs_that_frame_a_partial_quote():
    q = quotes_in("In an August speech, Donald Trump attacked “the hateful ideology of radical Islam.” "
                  "At the debate, Hillary Clinton cited his words “Miss Piggy” as an example.")
    assert q[["kind", "speaker", "cue"]].values.tolist() == [["partial", "Donald Trump", "attacked"],
                                                            ["partial", "Hillary Clinton", "cited"]]


def test_inverted_speakers_with_an_apposition_asides_and_adverbs():
    cases = [
        ("Its first national television ad could start this week, said Brian Baker, a longtime political adviser.",
         "Brian Baker"),
        ("Mark Oaten, for the Liberal Democrats, said the vote showed the government had lost.", "Mark Oaten"),
        ("Kall -- co-editor of Debating The Donald, a book -- said the candidate made announcements.", "Kall"),
        ("Hillary Clinton now says she opposes the deal.", "Hillary Clinton"),
        ("The obsession is an insult to all Americans, top black lawmakers said Friday afternoon, as they bristled.",
         "top black lawmakers"),
    ]
    for text, mention in cases:
        assert quotes_in(text)["mention"].tolist() == [mention], text
    # but a clause after the speaker is content, not an apposition, and a connective is not content
    q = quotes_in("By contrast, says Mr Cox, the Mac mini is almost disposable.")
    assert q["quote"].tolist() == ["By contrast the Mac mini is almost disposable"] and q["mention"][0] == "Mr Cox"
    assert quotes_in("Mark Oaten said Monday night's vote showed the government had lost.")["quote"].tolist() == [
        "Monday night's vote showed the government had lost"]


# ---------------------------------------------------------------- sources that are not people

def _sources(text):
    return quotes_in(text)[["speaker", "speaker_type"]].values.tolist()


def test_an_organisation_named_as_source():
    assert _sources("Uefa has said its representative saw nothing unusual.") == [["Uefa", "organisation"]]
    # the descriptor before the name is not part of it; joining words inside it are
    assert _sources("Analyst firm Telecom View predicts that the network will win.") == [
        ["Telecom View", "organisation"]]
    assert _sources("The Bank of England said that rates would stay.") == [["Bank of England", "organisation"]]


def test_the_organisations_pronoun_and_description_refer_to_it():
    text = ('Uefa said its representative saw nothing. "It was calm," it added.\n\n'
            'The company said it was ready.')
    assert _sources(text) == [["Uefa", "organisation"], ["Uefa", "organisation"], ["Uefa", "organisation"]]
    # with no organisation before it, "it" names no one; "the government" is a source as written
    assert _sources('"It was calm," it said. The government said it would act.') == [
        [None, None], ["the government", "organisation"]]


def test_groups_and_unnamed_sources():
    assert _sources("Analysts said prices would fall. Critics say the plan is weak.") == [
        ["analysts", "group"], ["critics", "group"]]
    assert _sources("A spokesman said the talks went well. Sources close to the talks said a deal was near.") == [
        ["a spokesman", "anonymous"], ["sources close to the talks", "anonymous"]]


def test_a_surname_alone_is_the_articles_person():
    assert _sources("Mr Rick Parry met fans. Parry said the club was ready.") == [["Rick Parry", "person"]]


def test_a_description_of_a_firm_is_the_firm_that_spoke_before():
    text = 'Barclays said profits rose. "Profits will fall," the bank said on Monday.'
    assert _sources(text) == [["Barclays", "organisation"], ["Barclays", "organisation"]]
    # without a firm before it, the description is the source as written
    assert _sources('"Profits will fall," the bank said.') == [["the bank", "organisation"]]


def test_a_role_is_the_person_named_with_it_or_no_one():
    text = '"We are ready," the foreign minister said. Foreign Minister Jo Bell arrived later.'
    assert _sources(text) == [["Jo Bell", "person"]]
    # a role that the article never ties to a name is a person nobody can name: an unnamed source, not a group
    assert _sources('"We are ready," the foreign minister said.') == [["the foreign minister", "anonymous"]]


def test_reported_speech_ends_before_an_expressive_act():
    q = one("The minister said trade is a shared goal, and expressed his happiness at hosting the talks.")
    assert q.quote == "trade is a shared goal"
    # an expressive verb inside what was said is part of it
    q = one("The minister said that the firm thanked its staff.")
    assert q.quote == "the firm thanked its staff"


def test_a_singular_description_names_no_group_and_a_possessive_its_organisation():
    assert _sources("The report said prices would fall.") == [["the report", "anonymous"]]
    assert _sources("The move said prices would fall.") == [[None, None]]
    assert _sources('Uefa said it was calm. "Fans were quiet," its report said.') == [
        ["Uefa", "organisation"], ["Uefa", "organisation"]]


# --- sources found by general rules (issue 19), on sentences written for the tests


def test_a_person_after_a_description_that_ends_the_clause_is_the_speaker():
    q = quotes_in('The race starts at nine.\n\n"It is a coup for us," said race director Dan Webb.')
    assert q[["speaker", "mention"]].values.tolist() == [["Dan Webb", "race director Dan Webb"]]


def test_a_name_that_does_not_end_the_clause_is_no_speaker_after_a_description():
    q = quotes_in('Paul Grant spoke first. He said the plan would help Jane Doe and her staff.')
    assert "Jane Doe" not in q["speaker"].tolist()


def test_initials_are_spelled_out_as_the_article_gives_them():
    text = ("General Motors is recalling 1,000 cars.\n\n"
            "GM said the brakes could fail.")
    q = quotes_in(text)
    assert q[["speaker", "speaker_type", "mention"]].values.tolist() == [["General Motors", "organisation", "GM"]]


def test_a_document_named_for_its_organisation_is_that_organisation():
    q = quotes_in("The WEF report concludes that firms must act.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["WEF", "organisation"]]


def test_the_report_after_an_organisation_spoke_is_its_report():
    text = "Uefa said sales rose.\n\nThe market will double by 2009, the report said."
    q = quotes_in(text)
    assert q["speaker"].tolist() == ["Uefa", "Uefa"]


def test_a_day_before_a_statement_is_no_organisation():
    q = quotes_in("Wednesday's statement said the hearing would be held in May.")
    assert q["speaker_type"].tolist() == ["anonymous"]


def test_the_spokesman_nobody_names_is_an_unnamed_source_and_goes_on_speaking():
    text = ('The club said the player was injured. "He has back pain," the spokesman said. '
            '"It made no sense for him to go."')
    q = quotes_in(text)
    assert q.loc[q["kind"] == "direct", ["speaker", "speaker_type", "quote"]].values.tolist() == [
        ["the spokesman", "anonymous", "He has back pain It made no sense for him to go."]]
    text = ('The club said the player was injured. "He has back pain," the spokesman said.\n\n'
            '"It made no sense for him to go."')
    q = quotes_in(text)
    assert q.loc[q["kind"] == "direct", ["speaker", "speaker_type"]].values.tolist() == [
        ["the spokesman", "anonymous"], ["the spokesman", "anonymous"]]


def test_she_said_reaches_back_past_narration_to_the_person_introduced():
    text = ("Kim Everett, a dating expert, thinks technology has helped shy people. "
            "There are about a million video phones in use. Three times more people are single than before. "
            "Dating could be the way to meet people. Prices have fallen.\n\n"
            '"It is a weird technology," she said.')
    q = quotes_in(text)
    assert q[["speaker", "mention"]].values.tolist() == [["Kim Everett", "she"]]


def test_a_second_verb_after_a_comma_and_and_has_the_sentence_subject():
    text = "Ruth Kelly has not set out her views yet, but has said she intends to put parents first."
    q = quotes_in(text)
    assert q[["quote", "speaker"]].values.tolist() == [["she intends to put parents first", "Ruth Kelly"]]


def test_a_description_before_the_name_opens_the_reporting_clause():
    q = quotes_in("The company's new chief executive Peter Lynch said the firm would use the space.")
    assert q[["quote", "speaker"]].values.tolist() == [["the firm would use the space", "Peter Lynch"]]


def test_it_said_is_the_organisation_that_opens_the_sentence_before():
    q = quotes_in("Winn-Dixie has filed for bankruptcy. It said its 920 stores would remain open. "
                  "Shares in Winn-Dixie fell.")
    assert q[["speaker", "speaker_type", "mention"]].values.tolist() == [["Winn-Dixie", "organisation", "It"]]
    # a common noun that opens a sentence is no organisation: only a name the article capitalises elsewhere
    assert quotes_in("Disruptions hit flights. It said the problems were fixed.")["speaker"].tolist() == [None]


def test_it_is_said_is_no_source():
    assert quotes_in("It is said that he is ill.").empty


def test_a_share_of_the_people_asked_is_a_group_source():
    text = ("Shoppers liked it. Nearly two thirds - 65% - of the 1,000 people interviewed said they had used it. "
            "However, only 34% said they had new cards, while 30% said only some had.")
    q = quotes_in(text)
    assert q[["quote", "speaker", "speaker_type"]].values.tolist() == [
        ["they had used it", "nearly two thirds - 65% - of the 1,000 people interviewed", "group"],
        ["they had new cards", "only 34%", "group"],
        ["only some had", "30%", "group"]]


def test_a_quoted_phrase_that_opens_reported_content_is_partial_inside_it():
    q = quotes_in("Fraud is up.\n\nAnti-fraud consultancy Retail Decisions says 'card-not-present' fraud has "
                  "risen since the start of 2005.")
    assert q["kind"].tolist() == ["indirect", "partial"]
    assert q["quote"].tolist()[0].endswith("has risen since the start of 2005")


def test_an_organisation_that_opens_the_sentence_speaks_after_but():
    q = quotes_in("Volkswagen is considering building a car factory in India, but said it had yet to decide.")
    assert q[["quote", "speaker", "speaker_type"]].values.tolist() == [
        ["it had yet to decide", "Volkswagen", "organisation"]]


def test_reported_content_ends_where_another_speaker_reports():
    q = quotes_in("Acme filed for bankruptcy. It said its stores would stay open, but analysts said it would "
                  "sell some.")
    assert q["quote"].tolist() == ["its stores would stay open", "it would sell some"]


def test_a_role_nobody_is_given_is_the_person_introduced_and_a_shadow_role_is_another():
    text = ("Gordon Brown has issued a rallying cry to supporters.\n\n"
            "The chancellor said the vote would give a clear choice. The cuts proposed by shadow chancellor "
            "Oliver Letwin were too deep, he said.")
    q = quotes_in(text)
    assert q["speaker"].tolist() == ["Gordon Brown", "Gordon Brown"]


def test_a_description_of_a_player_is_the_player_introduced():
    text = ("Mark Cueto was puzzled as to why his try had been disallowed.\n\n"
            '"I was behind the ball," said the Sale player.')
    q = quotes_in(text)
    assert q[["speaker", "mention"]].values.tolist() == [["Mark Cueto", "the Sale player"]]


def test_they_said_after_an_organisation_spoke_is_that_organisation():
    text = ("A statement from the band's record company Universal said the singer would rest. "
            "However they said that the band would return.")
    q = quotes_in(text)
    assert q["speaker"].tolist()[-1] == "Universal"


def test_she_added_after_a_spokeswoman_is_the_spokeswoman():
    text = ('Professor Nancy Rothwell was worried. A spokeswoman said: "We are not going into details." '
            "But she added that the claims were not true.")
    q = quotes_in(text)
    assert q[["speaker", "speaker_type"]].values.tolist()[-1] == ["a spokeswoman", "anonymous"]


def test_said_his_coach_names_the_coach_and_a_participle_the_sentence_subject():
    q = quotes_in('Chris Tomlinson is injured. "It\'s nothing serious," said his coach Peter Stanley.')
    assert q["speaker"].tolist() == ["Peter Stanley"]
    q = quotes_in('Lindsay Davenport won. Davenport paid tribute to Serena Williams, saying: "She is a champion."')
    assert q["speaker"].tolist() == ["Lindsay Davenport"]


def test_a_system_named_for_an_organisation_is_that_organisation():
    q = quotes_in("The show drew 20 million viewers, according to the Nielsen ratings system.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["Nielsen", "organisation"]]


def test_a_spokeswoman_for_a_department_is_no_person_named_development():
    q = quotes_in("A spokeswoman for the Department for International Development said the money was spent.")
    assert q[["speaker_type", "mention"]].values.tolist() == [
        ["anonymous", "A spokeswoman for the Department for International Development"]]


def test_every_seed_quote_has_its_speaker_without_the_alias_file_too():
    corpus = load_corpus("seeds")
    gold = load_gold_quotes(read_gold(GOLD), corpus)
    q = extract_quotes(corpus, aliases=pd.DataFrame(columns=["alias", "person"]))
    summary, table = evaluate_quotes(q, gold)
    assert summary["recall"] == 1.0 and summary["speaker_accuracy"] == 1.0, table[~table["speaker_ok"]]


def test_a_lead_description_is_the_speaker_named_next():
    text = ("Trade is growing fast, the Turkish foreign minister has said.\n\n"
            '"We should draw strength from our bond," Hakan Fidan said on Monday.')
    q = quotes_in(text)
    assert q["speaker"].tolist() == ["Hakan Fidan", "Hakan Fidan"]


def test_a_noun_like_verb_after_a_name_and_a_day_after_said():
    q = quotes_in("The firm was sold. Yukos claims its downfall was punishment for its founder's ambitions.")
    assert q[["quote", "speaker"]].values.tolist() == [["its downfall was punishment for its founder's ambitions",
                                                       "Yukos"]]
    q = quotes_in("Universal said on Wednesday it had bought the label.")
    assert q["quote"].tolist() == ["it had bought the label"]
    q = quotes_in("Manager David Moyes has defiantly claimed that he expects Gravesen to stay.")
    assert q["speaker"].tolist() == ["David Moyes"]


def test_a_name_in_apposition_after_according_to_a_description_is_the_source():
    q = quotes_in("Menatep is suing. According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, "
                  "the overall claim is based on that figure.")
    assert q[["quote", "speaker", "speaker_type"]].values.tolist()[-1] == [
        "the overall claim is based on that figure", "Emmanuel Gaillard", "person"]


def test_a_statement_dated_by_a_weekday_is_the_organisation_that_spoke():
    text = "The IAAF said the athletes were banned. Wednesday's statement said a hearing would be held."
    assert quotes_in(text)["speaker"].tolist() == ["IAAF", "IAAF"]


def test_the_tory_leader_is_a_person_described_not_the_party():
    q = quotes_in("Michael Howard spoke in Kent. The Tory leader said the claims were absolutely rubbish.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["Michael Howard", "person"]]


def test_report_after_a_partial_quote_and_a_conjunction_is_found():
    # 'as "desperate", while X said …': the quotation is a fragment of the narrator's clause, so the clause
    # after it is a report of its own, not the fragment's attribution
    q = quotes_in('The Tories dismissed the plan as "desperate", while the Liberal Democrats said it was misdirected.')
    reported = q[q["kind"] == "indirect"]
    assert reported["quote"].tolist() == ["it was misdirected"]
    assert reported["speaker"].tolist() == ["Liberal Democrats"]


def test_partial_quote_is_not_attributed_by_the_next_sentence():
    q = quotes_in('The Tories called the plan "desperate". The Liberal Democrats said it was misdirected.')
    partial = q[q["kind"] == "partial"].iloc[0]
    assert partial["speaker"] == "Tories" and partial["cue"] == "called"


def test_adverb_already_between_subject_and_verb():
    q = one("The home secretary has already admitted he was wrong to give the tickets away.")
    assert q.quote == "he was wrong to give the tickets away" and q.mention == "The home secretary"


def test_trailing_participle_takes_the_person_who_opens_the_sentence():
    q = quotes_in("Charles Kennedy spoke on Sunday. Mr Kennedy also used his TV appearance to defend his party's "
                  "tax plans, saying it would apply to just 1% of the population.")
    row = q[q["cue"] == "saying"].iloc[0]
    assert row["quote"] == "it would apply to just 1% of the population"
    assert row["speaker"] == "Charles Kennedy" and row["mention"] == "Mr Kennedy"
    # a quotation after the participle is no reported content
    q = quotes_in('Jo Bell spoke later, telling reporters that "we are not okay with this plan at all."')
    assert "indirect" not in set(q["kind"])


def test_age_apposition_listener_and_partial_inside_the_report():
    q = quotes_in('William Hague is leaving. Mr Hague, 43, told the Daily Telegraph he would now find a life '
                  'dominated by politics too "boring" and unfulfilling.')
    indirect = q[q["kind"] == "indirect"].iloc[0]
    assert indirect["quote"].startswith("he would now find") and indirect["mention"] == "Mr Hague"
    partial = q[q["kind"] == "partial"].iloc[0]
    assert partial["quote"] == "boring" and partial["speaker"] == "William Hague"


def test_quotation_after_a_colon_without_a_verb_next_to_it():
    q = one('Howard Dean spoke. Mr Dean is confident though: "I think if they see real HD they will buy it."')
    assert q.speaker == "Howard Dean" and q.kind == "direct"
    q = one('Lord Butler spoke. The former cabinet secretary said in an interview with The Spectator magazine: '
            '"I would be critical of the present government."')
    assert q.mention == "The former cabinet secretary" and q.cue == "said"


def test_the_company_is_the_organisation_introduced_last():
    q = one("German carmaker DaimlerChrysler has sold 2.1% more cars in 2004. Sales totalled 3.9 million units "
            "worldwide, the company said at the Detroit Motor Show.")
    assert (q.speaker, q.speaker_type, q.mention) == ("DaimlerChrysler", "organisation", "the company")
    # an organisation that spoke after the introduction is still the one "the firm" stands for
    q = quotes_in("Rival carmaker Fiat made a loss. BMW said sales rose. The firm said it would hire staff.")
    assert q["speaker"].tolist()[-1] == "BMW"


def test_the_firm_is_the_organisation_named_just_before_when_none_spoke():
    text = ("Strong sales helped Velmont boost its profits by 40%. Velmont sold 2.4 million cars last year.\n\n"
            "Growth came from outside Europe. The firm said demand had been strong.")
    q = quotes_in(text).iloc[-1]
    assert (q.speaker, q.speaker_type, q.mention) == ("Velmont", "organisation", "The firm")
    # a name after a preposition and a name that never acts (a tax) are passed over
    text = ("Profits fell at Dravon Pharma. Zentiva has grown. Dravon Pharma will pay VAT and has hired a "
            "director from Zentiva. The company said it would cut costs.")
    assert quotes_in(text)["speaker"].tolist()[-1] == "Dravon Pharma"


def test_lead_description_is_the_organisation_named_next():
    text = ("New safeguards on card payments have led fraudsters to focus on internet payments, an anti-fraud "
            "agency has said.\n\nAnti-fraud consultancy Retail Decisions (ReD) said the number of frauds had risen.")
    q = quotes_in(text)
    assert q["speaker"].tolist() == ["Retail Decisions", "Retail Decisions"]
    assert q["mention"].tolist()[0] == "an anti-fraud agency"
    # a description outside the lead, or one no organisation follows, stays an unnamed source
    q = quotes_in("Prices rose in March.\n\nFraud is up, a report said. Shoppers were worried.")
    assert q["speaker"].tolist() == ["a report"]


def test_a_gendered_description_is_not_a_person_of_the_other_gender():
    q = quotes_in("Donald Trump spoke about the plan. He said it would help mothers. Pressed on why the plan leaves "
                  "out dads, the 34-year-old mother of three replied, \"It's meant to benefit the mother.\"")
    assert q["speaker"].tolist()[-1] != "Donald Trump"
    q = quotes_in("Chris Rock will host the Oscars. The 40-year-old comic said he was thrilled.")
    assert q["speaker"].tolist() == ["Chris Rock"]


def test_a_bare_body_noun_is_an_organisation_and_no_antecedent():
    q = quotes_in("A man was arrested on Monday. Police said he was 34. The corporation said it would not comment.")
    assert q["speaker"].tolist() == ["police", "the corporation"]
    assert q["speaker_type"].tolist() == ["organisation", "organisation"]


def test_colon_paragraph_intro_and_a_quote_resumed_after_a_participle():
    q = one("Bernie Sanders spoke often. On July 6, 2015, Sanders made the following comment:\n\n"
            "\u201cFor young people who have graduated high school, the unemployment rate is 33 percent.\u201d")
    assert q.speaker == "Bernie Sanders"
    q = one("Jon Tester spoke. \u201cEvery time you say that,\u201d Tester said, referring to the excuse, "
            "\u201cyou give ammunition to the people who want to break up the big banks.\u201d")
    assert q.speaker == "Jon Tester" and q.quote.endswith("big banks.")


def test_attribution_after_a_long_apposition():
    q = one("''Their strategy is very clear: to create the appearance of being a legitimate source of news,'' "
            "Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador "
            "to Russia, said of RT.")
    assert q.speaker == "Michael McFaul" and q.cue == "said"


def test_a_phrase_between_the_verb_and_its_clause():
    q = one("Donald Trump spoke. Trump said after the convention he would not accept the endorsement.")
    assert q.quote == "he would not accept the endorsement"
    assert quotes_in("The minister said on the radio.").empty


def test_reports_with_a_phrase_before_that_or_an_apposition_of_a_place():
    q = one("Spokeswoman Jessica Ditto said via email that the campaign would respond.")
    assert q.quote == "the campaign would respond" and q.speaker == "Jessica Ditto"
    q = one("Connie Mariano, the physician of former President Bill Clinton, said that in 1998 Clinton "
            "allowed her staff to think otherwise.")
    assert q.quote.startswith("in 1998 Clinton allowed") and q.speaker == "Connie Mariano"
    q = one("Senator Dianne Feinstein, Democrat of California, said the program has sent a terrible message.")
    assert q.speaker == "Dianne Feinstein"


def test_group_head_before_a_phrase_and_more_person_nouns():
    q = one("Critics of the takeover said it would cost jobs.")
    assert (q.speaker, q.speaker_type) == ("critics of the takeover", "group")
    q = quotes_in("Serena Williams won. The top seed said she was happy.")
    assert q["speaker"].tolist() == ["Serena Williams"]


def test_future_speech_second_verb_and_sentence_adverbs():
    q = quotes_in("Charles Kennedy is set to address 2,000 people. The Liberal Democrat leader will visit the temple. "
                  "He will say Labour can no longer lay claim to the votes.")
    assert q["speaker"].tolist() == ["Charles Kennedy"] and q["cue"].tolist() == ["say"]
    assert quotes_in("Lewis-Francis, who beat Gardener, will continue his training at home.").empty
    q = quotes_in('EC spokeswoman Marja Quillinan-Meiland conceded there were "grey areas" but said these are '
                  'not as big as the airlines are making out.')
    assert q[q["cue"] == "said"]["speaker"].tolist() == ["Marja Quillinan-Meiland"]
    q = quotes_in('Jack Straw spoke. The foreign secretary meanwhile said the rebate was a "crucial test".')
    assert set(q["speaker"]) == {"Jack Straw"}
    q = quotes_in("The bloc is busy. Earlier Conservative Graham Brady said the rebate was a test.")
    assert q["speaker"].tolist() == ["Graham Brady"]
    q = quotes_in("Tony Blair met them. Mr Blair's official spokesman said no-one would forget it.")
    assert q["speaker"].tolist() == ["Mr Blair's official spokesman"]


def test_the_deputy_is_not_the_role_holder():
    q = quotes_in("Deputy Mayor Nicky Gavron spoke first. Ken Livingstone arrived late. "
                  "The mayor said he would not apologise.")
    assert q["speaker"].tolist() == ["Ken Livingstone"]


def test_a_description_prefers_the_organisation_introduced_by_its_own_noun():
    q = one("Irish publishing group Independent News & Media is buying a stake in Indian newspaper company "
            "Jagran.\n\nJagran publishes a daily newspaper. Advertising revenues rose 10%, the group said.")
    assert q.speaker == "Independent News & Media"


def test_a_long_title_before_a_person_belongs_to_the_subject():
    q = one("Republican National Committee Research Director Raj Shah said that statements made by "
            "Republicans are far more scrutinized.")
    assert q.speaker == "Raj Shah" and q.quote.startswith("statements made by")


def test_attribution_after_with_an_owner_title_and_document_nouns():
    q = one('Libya has moved its funds. "We are in the process of opening accounts in banks in the United '
            'States," the central bank\'s vice president Farhat Omar Ben Gadaravice said.')
    assert q.speaker == "Farhat Omar Ben Gadaravice"
    q = quotes_in("The TUC said in its submission before the Budget that action is needed. The 36-page "
                  "submission also says the government should examine support for industry.")
    assert q["speaker"].tolist() == ["TUC", "TUC"]


def test_colon_after_a_second_verb_and_a_name_before_an_unclosed_apposition():
    q = quotes_in('In a statement on Thursday, Euronext said any offer was likely to be in cash, but added that: '
                  '"There can be no assurances at this stage that any offer will be made."')
    assert q[q["kind"] == "direct"]["speaker"].tolist() == ["Euronext"]
    q = one('Fewer holes were found. Paul Randle, Microsoft Windows Client product manager, responded to the '
            'figures: "We certainly respect that some customers will choose alternative browsers."')
    assert q.speaker == "Paul Randle"
    q = one('The Secret Service is investigating. "T-Mobile has stringent procedures in place," Peter Dobrow, '
            'a T-Mobile spokesperson said.')
    assert q.speaker == "Peter Dobrow"
    # a name that opens the next sentence after a full stop is not the attribution of the quote before it
    q = quotes_in('"We won the match." Serena Williams, who is also in Dubai, added: "I am glad."')
    assert q["speaker"].tolist()[0] != "Serena Williams"


def test_unattributed_quotation_after_a_sentence_a_person_opens():
    q = one('Ferguson was pleased. Alex Ferguson also hailed Ryan Giggs and Roy Keane, who came off the bench. '
            '"Roy came on and brought a bit of composure to the midfield."')
    assert q.speaker == "Alex Ferguson" and q.cue == ""
    q = one('Dr Liam Fox was asked if he would say yes. "I\'m sure that people who have served their sentence '
            'can come back."')
    assert q.speaker == "Liam Fox"
    # not when the quotation names that person
    q = one('Alex Ferguson left early. "Ferguson was wrong to go," a fan shouted afterwards.')
    assert q.speaker != "Alex Ferguson"


def test_report_in_a_subordinate_clause():
    q = one("Digby Jones spoke first. His assurances came after Sir Digby Jones said stability was all important.")
    assert q.quote == "stability was all important" and q.speaker == "Digby Jones"


def test_trailing_participle_of_an_organisation_named_twice():
    q = one("Vivendi Universal faces a fine. Vivendi has rejected the charge, saying the decision to buy the "
            "shares was a possibility.")
    assert (q.speaker, q.speaker_type) == ("Vivendi", "organisation")


def test_descriptions_roles_and_second_verbs_found_on_a_fifth_tune_set():
    q = one("The awards began in 1998. \"This year's nominees reflect the growing strength of British film,\" "
            "said BIFA founder and director Elliot Grove.")
    assert q.speaker == "Elliot Grove"
    q = quotes_in('Meanwhile, France\'s finance minister has said the world faced "economic catastrophe" unless '
                  'the US worked with Europe. Herve Gaymard said he would seek action.')
    assert set(q["speaker"]) == {"Herve Gaymard"}
    q = one('Roger Federer beat Lopez. Federer, who lost in the quarter-final in 2003, was happy with his form. '
            '"I think I played better than against Greg Rusedski," said the top seed.')
    assert q.speaker == "Roger Federer"
    q = quotes_in('Sky said it was "honoured to have won the rights" and promised to cover the event "in a way '
                  'no other broadcaster could".')
    assert set(q["speaker"]) == {"Sky"}
    q = quotes_in("Turkcell is worried. Although the company's statement said it would continue to monitor "
                  "developments, observers said Turkcell would pull out.")
    assert "Although" not in set(q["speaker"].dropna())


def test_possessive_lead_description_country_abbreviation_and_festival():
    text = ('Chancellor Gordon Brown will meet his golden rule "with a margin to spare", according to his former '
            'chief economic adviser.\n\nFormerly one of Mr Brown\'s closest aides, Ed Balls hinted at a giveaway. '
            'He said he hoped more would be done.')
    q = quotes_in(text)
    assert set(q["speaker"]) == {"Ed Balls"}
    assert q["kind"].tolist()[:2] == ["indirect", "partial"]
    q = quotes_in("Herve Gaymard said he would seek action. The US says it will let market forces decide.")
    assert q["speaker"].tolist() == ["Herve Gaymard", "US"]
    q = one('The festival praises him for his "sensational start" in film.')
    assert (q.speaker, q.speaker_type) == ("the festival", "organisation")


def test_the_england_international_is_a_person():
    q = quotes_in("Paul Smith scored twice for Boro. The England international said Boro are confident of "
                  "progressing in the competition.")
    assert q["speaker"].tolist() == ["Paul Smith"]


def test_a_party_leader_is_not_a_person_with_another_post():
    q = quotes_in('New Home Secretary Charles Clarke has vowed to go on despite a call for a pause from Charles '
                  'Kennedy. The Lib Dem leader said the resignation was a "good opportunity" to think again.')
    assert set(q["speaker"].dropna()) == {"Charles Kennedy"}


def test_names_that_end_like_an_adverb_stay_whole():
    # "Kelly" ends in "-ly" and "Snow" in "now": neither is an adverb between the subject and its verb
    for name in ("Ruth Kelly", "John Snow", "Marcel Desailly", "Bill O'Reilly"):
        q = quotes_in(f"Later that day {name} said the plan was wrong.")
        assert q["mention"].tolist() == [name] and q["speaker"].tolist() == [name]
    q = quotes_in("The opposition was angry. Recently announced changes to the rules said nothing of this.")
    assert q["speaker"].dropna().tolist() == []  # an opening adverb is no source


def test_an_organisation_with_short_words_takes_the_name_written_out():
    q = quotes_in("The Liberal Democrats have unveiled a housing plan. The Lib Dems say their homes would "
                  "be affordable. The party says it can fund the plan.")
    assert q["speaker"].tolist() == ["Liberal Democrats", "Liberal Democrats"]
    q = quotes_in("Downing Street welcomed the offer. Downing St said a similar offer might be made.")
    assert q["speaker"].tolist()[-1] == "Downing Street"
    q = quotes_in("Christian Aid's report is out. Christian Aid said the debt should go.")
    assert q["speaker"].tolist() == ["Christian Aid"]  # not the possessive


def test_a_description_stands_for_the_name_that_holds_its_noun():
    q = quotes_in("The Police Federation has said it opposes the plan. The powers were extended on Thursday. "
                  "The federation said officers lack the training.")
    assert q["speaker"].tolist() == ["Police Federation", "Police Federation"]
    q = quotes_in("In August the San Francisco-based US Court of Appeals ruled for Grokster. The court said they "
                  "were in the same position.")
    assert q["speaker"].tolist()[-1] == "US Court of Appeals"
    q = quotes_in("Citizens Bank and Canal Bank merged. The bank said profits rose.")  # two banks: neither
    assert q["speaker"].tolist() == ["the bank"]


def test_a_title_in_quote_marks_is_no_quote_and_no_bar_to_the_report():
    q = quotes_in('In an interview on CBS\'s "Face the Nation," House Speaker Paul Ryan said the recent '
                  'protests demand that all Americans engage in "more listening."')
    assert q["kind"].tolist() == ["indirect", "partial"]
    assert set(q["speaker"]) == {"Paul Ryan"}


def test_a_report_after_a_comma_and_a_conjunction_and_a_noun_like_cue_inside_content():
    q = quotes_in("Obama said the reforms were not complete, and human rights groups warned that the "
                  "administration was giving up leverage.")
    assert q["mention"].tolist() == ["Obama", "human rights groups"]
    q = quotes_in("The mayor said the campaign violated federal and state law by using the images.")
    assert q["quote"].tolist() == ["the campaign violated federal and state law by using the images"]
    q = quotes_in("The report said fines should be considered, but accepted many experts said it would be costly.")
    assert "accepted many experts" not in set(q["mention"])


def test_a_role_with_the_name_in_apposition_introduces_that_person():
    q = quotes_in('Trade Secretary Patricia Hewitt said pay would rise. The Shadow Secretary of State for the '
                  'Family, Theresa May, said: "These plans were announced in December."\n\nShe said the '
                  'Conservatives would announce their proposals later.')
    assert q["speaker"].tolist() == ["Patricia Hewitt", "Theresa May", "Theresa May"]


def test_where_the_speaker_comes_from_in_commas_is_no_subject():
    q = quotes_in('Jim Parton, from Families Need Fathers, said the proposals "lacked compulsion".\n\n"We would '
                  'like to see couples develop a plan."')
    assert q["speaker"].tolist() == ["Jim Parton"] * 3
    q = quotes_in("Ed Smith, of the Adam Smith Institute, said the tax was too high.")
    assert q["speaker"].tolist() == ["Ed Smith"]


def test_content_around_an_attribution_set_off_by_commas():
    cases = {
        "The plan, said Mr Brown, would cost nothing.": "The plan would cost nothing",
        "One of the biggest changes of 2004, said Kevin Hogan, senior manager at Symantec, was the waning "
        "influence of the boy hackers.": "One of the biggest changes of 2004 was the waning influence of the boy "
                                         "hackers",
        "The musical will open in November, said Jeffrey Richards, whose show it is.": "The musical will open in "
                                                                                    "November",
    }
    for text, content in cases.items():
        q = quotes_in(text)
        assert q["quote"].tolist() == [content], text


def test_given_names_from_many_countries_find_the_person_a_pronoun_stands_for():
    q = quotes_in('Vera Zvonareva lost to Amelie Mauresmo on Friday. Zvonareva has lost both her games so far. '
                  '"Sometimes not everything works," she said.')
    assert q["speaker"].tolist() == ["Vera Zvonareva"]


def test_an_organisation_introduced_by_a_noun_ends_with_its_sentence():
    q = quotes_in("Shares rose at PC firm Lenovo. The company said profits rose.")
    assert q["speaker"].tolist() == ["Lenovo"]


def test_when_and_a_participle_phrase_between_subject_and_verb():
    cases = {"Wells Fargo on Monday announced it would drop the incentives.": "Wells Fargo",
             "Mr Smith earlier this year said the plan was dead.": "Mr Smith",
             "The Tories last week said the figures were wrong.": "The Tories",
             "Trump, speaking to a veterans group in Virginia, said he would order a review.": "Trump"}
    for text, mention in cases.items():
        assert quotes_in(text)["mention"].tolist() == [mention], text


def test_a_pronoun_with_a_contracted_verb_is_the_subject():
    q = quotes_in("Donald Trump spoke in Ohio. He's claiming that voting fraud is a big problem.")
    assert q[["mention", "speaker"]].values.tolist() == [["He", "Donald Trump"]]
    q = quotes_in("Mr Cook spoke. He's said the plan was dead.")
    assert q["mention"].tolist() == ["He"]


def test_titles_and_headings_in_quote_marks_are_no_quotes():
    for text in ('Clinton spoke during a "Commander-in-Chief Forum" on Wednesday.',
                 "He sang the anthem \"A Change Is Gonna Come\" to the crowd.",
                 "The book came out in May.\n\n'Legend in the Coal Fields.'\n\nHe bought the mine in 2015."):
        assert quotes_in(text).empty, text
    q = quotes_in('Mr Jain spoke on Monday.\n\n"Also," he said, "they have to simplify the interface."')
    assert q["quote"].tolist() == ["Also they have to simplify the interface."]


def test_a_report_in_a_clause_after_but_and_or_which():
    q = quotes_in('Blackburn want £6m for him but chief executive John Williams has confirmed the club are still '
                  '"in dialogue" with Rangers.')
    assert q["speaker"].tolist() == ["John Williams", "John Williams"]
    q = quotes_in("It went on sale in the US in mid-November for $150 and Nintendo says sales have exceeded "
                  "expectations.")
    assert q[["mention", "quote"]].values.tolist() == [["Nintendo", "sales have exceeded expectations"]]
    q = quotes_in("Russia has never ratified it - which some experts say could make it difficult for Menatep.")
    assert q["mention"].tolist() == ["some experts"]
    for text in ("China's Baoshan Iron and Steel Co. said it was delaying a share sale.",
                 "A spokesman for the Department for Culture, Media and Sport said there were no plans."):
        assert not set(quotes_in(text)["mention"]) & {"Steel Co.", "Sport"}, text


def test_it_is_not_one_of_several_organisations_introduced_together():
    q = quotes_in("Microsoft has left the market to others. Research by technology firms Earthlink and Webroot "
                  "revealed that most PCs are infected. It said that its program would not stop infections.")
    assert q["speaker"].tolist()[-1] != "Earthlink and Webroot"  # (Microsoft opens sentences only: no name)


def test_a_thing_added_is_no_report():
    for text in ("Gardener added the Olympic relay crown in Athens.", "Larkin again added the extras.",
                 "The Czech added a third after rounding Shay Given on the hour."):
        assert quotes_in(text).empty, text
    assert quotes_in("Mr Smith spoke. He added the plan was dead.")["quote"].tolist() == ["the plan was dead"]


def test_said_an_owners_role_and_name_is_the_person_described():
    q = quotes_in('Nicole Kidman sought the orders. "She respects that," said Kidman\'s publicist Wendy Day.')
    assert q["speaker"].tolist() == ["Wendy Day"]


def test_a_pronoun_is_no_one_named_in_the_phrase_that_opens_its_sentence():
    q = quotes_in("Mr Chidambaram is attending the G7 meeting. At a conference hosted by finance minister Gordon Brown "
                  'on Friday, he said that he was in favour of floating rates. "A flexible rate absorbs shocks," he '
                  "told the conference.")
    assert q["speaker"].tolist() == ["Chidambaram"] * 2


def test_he_added_after_an_unnamed_spokesman_is_the_spokesman():
    q = quotes_in('Hayao Miyazaki made the film. A spokesman for distributor Toho said the film "has received strong '
                  'interest". "We have a good feeling about this film," he added.')
    assert set(q["speaker"]) == {"a spokesman for distributor Toho"}


def test_said_this_or_last_opens_content_unless_a_time_follows():
    assert quotes_in("The firm says this was illegal.")["quote"].tolist() == ["this was illegal"]
    assert quotes_in("Mr Smith said last year's figures were wrong.")["quote"].tolist() == [
        "last year's figures were wrong"]
    assert quotes_in("Mr Smith said this week.").empty


def test_a_report_in_a_relative_clause_and_no_short_object_as_content():
    q = quotes_in("The plan was backed by Tony Blair, who has repeatedly said it would work.")
    # the words that name the speaker at the verb are "who" (as the gold readers write them); the speaker is Blair
    assert q[["mention", "speaker", "quote"]].values.tolist() == [["who", "Tony Blair", "it would work"]]
    for text in ("Even the International Monetary Fund admits this.", "Jack Straw stressed this point."):
        assert quotes_in(text).empty, text


def test_the_speaker_and_a_relative_clause_after_an_inverted_attribution():
    q = quotes_in("The musical will open in November, said Jeffrey Richards, who added that no other casting had "
                  "been announced.")
    assert q["quote"].tolist() == ["The musical will open in November", "no other casting had been announced"]
    assert set(q["speaker"]) == {"Jeffrey Richards"}


def test_an_apposition_opened_by_an_adverb_of_time():
    q = quotes_in("Winn-Dixie, once among the most profitable of US grocers, said Chapter 11 protection would "
                  "enable it to restructure.")
    assert q["mention"].tolist() == ["Winn-Dixie"]


def test_a_name_in_commas_after_its_role_is_the_subject():
    q = quotes_in("The head of genetics at the National Institute of Medical Research, Professor Robin Lovell-Badge, "
                  "said he had witnessed the confusion.")
    assert q["speaker"].tolist() == ["Robin Lovell-Badge"]


def test_a_relative_clause_or_a_phrase_of_place_between_subject_and_verb():
    q = quotes_in("Michael Mulgrew, president of the United Federation of Teachers, which represents New York City "
                  "educators, said he hopes the day sends a message.")
    assert q["mention"].tolist() == ["Michael Mulgrew"]
    q = quotes_in("Democratic nominee Hillary Clinton, at a later press gaggle, said the attacks were terrible.")
    assert q["speaker"].tolist() == ["Hillary Clinton"]


def test_a_person_of_an_organisation_and_an_owners_description():
    q = quotes_in('"It was the least bad outcome," Mr. Morgan of the Sierra Club said. Howard Archer of Global '
                  "Insight said the rise was welcome.")
    assert q["mention"].tolist() == ["Mr. Morgan", "Howard Archer"]
    q = quotes_in('David Axelrod called on Howard Dean to apologize. "My reaction, that was outrageous," Obama\'s '
                  "former campaign strategist said.")
    assert q["speaker"].tolist() == ["David Axelrod"]


def test_sources_found_in_the_sixth_audit():
    q = quotes_in("Liam Neeson spoke. The Oscar-nominated actor, whose films include Schindler's List, Michael Collins "
                  'and Star Wars: The Phantom Menace, said: "The Lyric is too important to crumble."')
    assert q["speaker"].tolist() == ["Liam Neeson"]
    q = quotes_in("National Treasure made $17.1m in ticket sales, according to studio estimates.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["studio estimates", "group"]]
    q = quotes_in("Computer firm Apple has issued a lawsuit. The complaint said an individual had leaked plans.")
    assert q["speaker"].tolist() == ["Apple"]
    q = quotes_in("Mukesh Ambani won. His brother Anil, the vice-chairman, said he had not been consulted.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["Anil", "person"]]


def test_a_noun_like_cue_after_a_plural_subject_is_a_verb():
    q = quotes_in("Fiat plans cuts.\n\nThe unions claim Fiat is to close the plant at Arese.")
    assert q["quote"].tolist() == ["Fiat is to close the plant at Arese"]
    assert quotes_in("The claim Fiat made was false.").empty


def test_the_subject_after_but_and_a_name_with_the_that_opens_the_sentence():
    q = quotes_in("Labour sees nuisance behaviour as a key election issue but critics claim the record is patchy.")
    assert q["mention"].tolist() == ["critics"]
    q = quotes_in("The Conservatives are yet to unveil their plans but said in November they would raise pay.")
    assert q["speaker"].tolist() == ["Conservatives"]
    assert "Tory" not in set(quotes_in("The Tory co-chairman attacked the pledges and said Mr Blair was worried.")
                             ["speaker"].dropna())


def test_the_chancellor_is_not_the_prime_minister():
    q = quotes_in("Gordon Brown has delivered a rousing speech to Labour's spring conference.\n\nThe chancellor said "
                  "he was proud of his party's record. Tony Blair, the prime minister, was not there.")
    assert q["speaker"].tolist()[0] == "Gordon Brown"
    q = quotes_in("Tony Blair has backed Chancellor Gordon Brown's report.\n\nIn a speech in Edinburgh, the prime "
                  "minister said the report was sound.")
    assert q["speaker"].tolist() == ["Tony Blair"]


def test_an_owners_description_that_opens_the_sentence_and_a_participle_phrase_before_the_subject():
    q = quotes_in("The Lib Dems set out plans. Labour's deputy minister for women Jacqui Smith accused the Lib Dems of "
                  "offering false promises and said their sums did not add up.")
    assert q["speaker"].tolist() == ["Jacqui Smith"]
    q = quotes_in("Lindsay Davenport criticised Wimbledon.\n\nReacting to a comment by All England Club chairman Tim "
                  'Phillips, the American said: "I think it is highly insulting."')
    assert q["speaker"].tolist()[-1] == "Lindsay Davenport"


def test_as_x_said_and_told_a_listener_on_a_day_that():
    assert quotes_in("As Mr Brown said last week, the economy is strong.")["quote"].tolist() == [
        "the economy is strong"]
    assert quotes_in("As Mr Smith said he would, the firm cut jobs.").empty
    q = quotes_in("Clinton campaign manager Robby Mook told CBS This Morning on Monday that the campaign expects Holt "
                  "to insert himself.")
    assert q["quote"].tolist() == ["the campaign expects Holt to insert himself"]


def test_a_longer_plural_subject_and_added_up_to():
    q = quotes_in("Experts on North Korea and nuclear nonproliferation said the latest test could change that.")
    assert q["mention"].tolist() == ["Experts on North Korea and nuclear nonproliferation"]
    assert quotes_in("Japan's imports from and exports to China added up to 22,201bn yen.").empty


def test_who_said_after_an_apposition_and_a_year():
    q = quotes_in("Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in "
                  "2010 said the goal was to make Obama a one-term president.")
    assert q["speaker"].tolist() == ["Mitch McConnell"]


def test_an_attribution_inside_its_content_with_a_time_after_the_verb():
    q = quotes_in("These employees, Stumpf explained earlier in the committee hearing, were well-paid.")
    assert q["quote"].tolist() == ["These employees were well-paid"]
    q = quotes_in("Mr Cox spoke. The plan was dead, he said on Monday, and walked out.")
    assert q["quote"].tolist() == ["The plan was dead"]


def test_a_participle_after_a_described_speakers_quote_and_a_plural_with_to():
    q = quotes_in('Donald Trump spoke in Ohio.\n\n"We need change," the New York businessman said, arguing that he '
                  "will bring a new approach to the job.")
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Donald Trump"], ["indirect", "Donald Trump"]]
    q = quotes_in("Advisers to the prime minister said the plan was dead.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["advisers to the prime minister", "group"]]


def test_a_works_title_after_its_noun_and_more_short_objects():
    assert quotes_in("She sang the civil rights anthem ''A Change Is Gonna Come,'' to the crowd.").empty
    for text in ("Hillary Clinton needs to tell more jokes.", "But Congress cut funding, and Mexico said enough."):
        assert quotes_in(text).empty, text


def test_stopwords_hold_no_words_of_the_files_header_and_connectives_open_no_content():
    from lib.lexicon import stopwords
    assert not {"project", "written", "english"} & stopwords()
    q = quotes_in("Pupils should create games.\n\n\"Games entertain while providing challenges,\" said project manager "
                  "Caroline Pelletier.")
    assert q["speaker"].tolist() == ["Caroline Pelletier"]
    q = quotes_in("Nick Donofrio spoke. But, says Nick Donofrio, senior vice-president at IBM, it was not the thing "
                  "itself that improved lives.")
    assert q["quote"].tolist() == ["it was not the thing itself that improved lives"]
    q = quotes_in('Ovum welcomed the move.\n\n"The big question is whether the industry will follow," director of '
                  "telecoms research Tony Lavender said.")
    assert q["speaker"].tolist() == ["Tony Lavender"]
    q = quotes_in("The party met in Bournemouth. In 1998 the party said it would not return to Blackpool.")
    assert q["mention"].tolist() == ["the party"]


def test_a_report_inside_another_is_its_own_speakers():
    q = quotes_in("Michael Howard spoke. Mr Howard said David Blunkett complained that he had inherited a mess.")
    assert q[["speaker", "cue"]].values.tolist() == [["Michael Howard", "said"], ["David Blunkett", "complained"]]
    assert q["mention"].tolist() == ["Mr Howard", "David Blunkett"]
    # only a person: "He said many firms admit …" is one report, as is one about what a person's views are
    q = quotes_in("Tom Hale spoke. He said many firms admit that their systems are weak.")
    assert q["speaker"].tolist() == ["Tom Hale"]


def test_a_post_in_lower_case_in_commas_and_a_title_after_the():
    q = one('Joyce Johnston spoke. Joyce Johnston, principal of the college, said: "It is very fitting that he came."')
    assert (q.speaker, q.mention) == ("Joyce Johnston", "Joyce Johnston")
    q = one('India backs cheap air travel. "The days of flying are over," the minister for civil aviation '
            'Praful Patel said earlier.')
    assert (q.speaker, q.cue) == ("Praful Patel", "said")


def test_more_nouns_for_one_person_and_for_unnamed_sources():
    q = quotes_in('Maria Sharapova won again. "This time, it was important to start well." The tournament debutant '
                  'added: "I love it here."')
    assert q["speaker"].tolist() == ["Maria Sharapova", "Maria Sharapova"]
    q = one("The talks went on. A negotiator said the deal was close.")
    assert (q.speaker, q.speaker_type) == ("a negotiator", "anonymous")


def test_it_with_no_organisation_before_is_the_one_named_just_before():
    text = ("The Velmont Group has left the market to firms such as Ardena. Velmont Group sold its unit. "
            "It said that its program would not stop machines being infected.")
    assert quotes_in(text)["speaker"].tolist() == ["Velmont Group"]
    # not a person with a title, nor a plural of capitals
    text = "Lord Greaves led the MPs. It said the plan would fail."
    assert quotes_in(text)["speaker"].tolist() == [None]


def test_a_description_the_article_ties_to_no_one_is_an_unnamed_source():
    q = quotes_in('"We know that the dollar will be stronger," the chief executive of a car maker told BBC News. '
                  'The current trend towards US production was "stupid", he said.')
    assert q["speaker"].tolist() == ["the chief executive of a car maker"] * 3  # (the second also as a report)
    assert q["speaker_type"].tolist() == ["anonymous"] * 3
    # a woman's pronoun does not continue a man's description
    q = quotes_in('"Prices will rise," the chairman of a bank said. "It is bad," she said.')
    assert q["speaker"].tolist() == ["the chairman of a bank", None]


def test_content_then_said_and_a_name_that_ends_the_sentence():
    q = one("Traffic rose. People are likely to be put off watching TV on small screens, said Gartner.")
    assert (q.speaker, q.speaker_type, q.kind) == ("Gartner", "organisation", "indirect")
    # a day is no source
    assert quotes_in("Traffic rose. People are likely to be put off, he said Monday.")["speaker"].tolist() != ["Monday"]


def test_an_owners_claims_are_no_report_but_a_firms_name_with_s_speaks():
    q = quotes_in("Bellamy spoke. Campbell's claims he had torn a hamstring were doubted.")
    assert q.empty
    # a firm's name that ends in 's still speaks
    assert one("Wine sales fell. Foster's said a merger would create a global player.").speaker == "Foster's"


def test_which_before_the_verb_stands_for_the_organisation_before_it():
    q = one("The deal was backed by Vodafone, which said it would invest in the network.")
    assert (q.speaker, q.speaker_type, q.mention) == ("Vodafone", "organisation", "Vodafone")
    q = one("The government faced pressure from exporter organisations which have publicly stated the currency "
            "will fall.")
    assert (q.speaker, q.speaker_type) == ("exporter organisations", "group")
    # a singular thing before "which" is no source
    assert quotes_in("It is a policy which says nothing new.").empty


def test_it_in_a_later_clause_is_the_organisation_its_sentence_opens_with():
    text = ("JD Power said sales rose. Even sports car maker Porsche may join the race, although it insists it "
            "is still considering a hybrid.")
    assert quotes_in(text)["speaker"].tolist() == ["JD Power", "Porsche"]
    text = ("Analysts spoke. The government has ruled out raising the pension age, because it says it would "
            "cost too much.")
    assert quotes_in(text)["speaker"].tolist()[-1] == "the government"


def test_the_head_of_an_organisation_is_a_person():
    text = ("The head of US TV network Fox has admitted the broadcaster relied on reality TV.\n\n"
            "Chief executive Gail Berman said the network had erred.")
    assert quotes_in(text)["speaker"].tolist() == ["Gail Berman", "Gail Berman"]


def test_a_participle_quote_is_the_subject_of_the_sentences_own_reporting_verb():
    q = quotes_in("Tim Phillips was quoted. An All England club spokesperson denied Phillips made the remark, "
                  "insisting: \"He definitely didn't say it.\"")
    assert q["speaker"].tolist() == ["an All England club spokesperson"] * 2


def test_who_before_the_verb_stands_for_the_description_before_it():
    q = one("A TV network is being sued by a viewer who says he was disgusted by the stunt.")
    assert (q.speaker, q.speaker_type) == ("a viewer", "anonymous")
    q = one("The move will placate Democrats on Capitol Hill, who have argued that it helps other candidates.")
    assert q.speaker_type == "group" and q.mention == "Democrats on Capitol Hill"
    # a verb that reports only with a that-clause is no report after "who" without one
    assert quotes_in("Windows is a favourite of people who write computer viruses.").empty


def test_sources_with_a_descriptor_an_apposition_or_a_bracketed_short_name():
    # a descriptor before a name after "According to"; a capitalised word is no verb ("Ask")
    assert one("The web is huge. According to search engine Ask Jeeves, 80% of surfers visit search "
               "engines first.").speaker == "Ask Jeeves"
    # a participle after a plural head
    assert one("Despite the show, some delegates attending complained that it lacked any wow.").speaker is not None
    # a role after a modifier and a nationality
    assert one("Neil Kinnock spoke. But the outgoing European Commissioner said his comments needed "
               "context.").speaker == "Neil Kinnock"
    # where the person comes from, after a comma and ending in a noun in lower case
    assert one("Unions met. Mark Serwotka, from the Public and Commercial Services union said there should be a "
               "strike.").speaker == "Mark Serwotka"
    # "said its chief executive, Sir Howard Newby."
    q = quotes_in('The council spoke. Poorer students "hardly changed at all", said its chief executive, '
                  'Sir Howard Newby.')
    assert q["speaker"].tolist()[-1] == "Howard Newby"
    # a short name in brackets is written out
    q = quotes_in("The Higher Education Funding Council for England (Hefce) was set up in 1992. The Hefce report "
                  "said the richest areas did best.")
    assert q["speaker"].tolist() == ["Higher Education Funding Council for England"]


def test_a_leads_unnamed_person_is_the_one_whose_name_opens_the_next_paragraph():
    text = ('A senior Tory MP has criticised the department\'s "lackadaisical" approach to planning.\n\n'
            "Public accounts committee chairman Edward Leigh was giving his reaction to a report.")
    assert quotes_in(text)["speaker"].tolist() == ["Edward Leigh"]
    # not an unnamed source's head: "a spokesman" stays unnamed
    text = "A spokesman said the deal was off.\n\nJohn Smith, the chief executive, left."
    assert quotes_in(text)["speaker"].tolist() == ["a spokesman"]


def test_reported_content_ends_before_another_subjects_report():
    q = quotes_in("Turkcell spoke. Although the company's statement said it would monitor developments, observers "
                  "said they thought Turkcell would pull out.")
    first = q.iloc[0]
    assert first.quote == "it would monitor developments"
    assert q["speaker"].tolist()[-1] == "observers"


def test_her_agent_is_not_she():
    q = quotes_in("Peggy Rowlands starred in many films. Rowlands died in Hove on Saturday, her agent said.")
    assert (q["speaker"].tolist(), q["speaker_type"].tolist()) == (["her agent"], ["anonymous"])


def test_a_quoted_fragment_after_a_passive_verb_is_the_agents():
    q = one('A failed scheme to offer courses online has been branded a "disgraceful waste" by MPs.')
    assert (q.speaker, q.kind, q.cue) == ("MPs", "partial", "branded")
    q = one('Oliver Letwin spoke. The plan was described as "reckless" by shadow chancellor Oliver Letwin on Monday.')
    assert q.speaker == "Oliver Letwin"


def test_a_fragment_inside_a_claim_by_someone_is_theirs():
    text = ('Peter Hain spoke on Monday. Michael Howard has said a claim by Peter Hain that the Tory leader is acting '
            'like an "attack mongrel" shows Labour is "rattled".')
    q = quotes_in(text)
    assert q[q.quote == "attack mongrel"]["speaker"].tolist() == ["Peter Hain"]
    assert q[q.quote == "rattled"]["speaker"].tolist() == ["Michael Howard"]


def test_an_unattributed_quotation_after_a_sentence_with_a_fronted_phrase():
    text = ("Singer Emma Bunton said she was happy. Despite her success in recent years, Bunton remains down-to-earth "
            "about her fame. \"When I first got into the industry, I'd be away from home for months at a time.\"")
    assert quotes_in(text)["speaker"].tolist() == ["Emma Bunton", "Emma Bunton"]


def test_a_noun_of_saying_with_no_person_after_it_is_no_source():
    # "claims from" with no person named after it, and no reporting verb in the sentence: a scare quote
    assert quotes_in('There were accusations from across the region of a "cover-up" at the plant.').empty


def test_a_fragment_after_an_ing_verb_of_naming_is_the_sentence_subjects():
    q = quotes_in("Liam Fox spoke. Conservative co-chairman Liam Fox said Labour poster plans attacking Mr Howard "
                  "were a sign of \"abusive politics\".")
    assert q[q.kind == "partial"]["speaker"].tolist() == ["Liam Fox"]
    q = quotes_in("Oliver Letwin spoke. But Oliver Letwin attacked government red tape, dubbing Gordon Brown "
                  "\"Sir Wastealot\".")
    assert q[q.kind == "partial"]["speaker"].tolist() == ["Oliver Letwin"]


def test_an_organisations_figures_are_its_own():
    q = one("Prices rose. The Bank of Mexico's figures indicate that inflation is slowing.")
    assert (q.speaker, q.speaker_type) == ("Bank of Mexico", "organisation")


def test_adding_that_after_a_comma_inside_the_closing_mark():
    q = quotes_in('John Smith spoke. John Smith said: "We are happy with the result," adding that the team would '
                  'improve.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "John Smith"], ["indirect", "John Smith"]]


def test_a_description_that_went_on_before_a_colon():
    q = quotes_in('Michael Howard spoke on Monday. The Tory leader went on: "He doesn\'t stop there."')
    assert (q["speaker"].tolist(), q["mention"].tolist()) == (["Michael Howard"], ["The Tory leader"])


def test_the_report_is_the_organisation_whose_report_was_named():
    q = quotes_in("UNAIDS said funding rose. The WEF report concludes that firms must act. Only 7% of firms have "
                  "policies, according to the report.")
    assert q["speaker"].tolist() == ["UNAIDS", "WEF", "WEF"]


def test_an_age_and_a_home_town_in_commas_before_the_verb():
    q = one("The hunt went on. One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said he would plead "
            "not guilty.")
    assert (q.speaker, q.mention) == ("David Redvers", "David Redvers")
    assert one("The hunt went on. John Smith, 45, said he would appeal.").speaker == "John Smith"


def test_an_unattributed_quotation_after_a_sentence_opened_by_a_title_and_a_name():
    text = ('Ministers met. Fostering Network executive director Robert Tapsfield criticised the existing system. '
            '"There is just no logic to a system which values children differently."')
    assert quotes_in(text)["speaker"].tolist() == ["Robert Tapsfield"]


def test_in_a_statement_before_the_subject_with_no_comma():
    q = one("Sony and Philips set up an alliance. In a joint statement the firms said they wanted to let consumers "
            "enjoy music.")
    assert q.mention == "the firms"
    assert one("Shares fell. In a statement Google said profits would fall.").speaker == "Google"


def test_the_first_minister_heads_a_government():
    from lib.lexicon import role_groups

    assert role_groups()["first minister"] == "head of government"
    text = ("Jack McConnell spoke on drink. Labour chairman Ian McCartney said the remark was unwise. In a "
            "furious response, the first minister said his comments had been distorted.")
    assert quotes_in(text)["speaker"].tolist()[-1] == "Jack McConnell"


def test_an_abbreviated_title_inside_an_apposition():
    q = one("Voters met. Larry Cohen, a senior adviser to Mr. Sanders, said that the plan was a problem.")
    assert (q.speaker, q.quote) == ("Larry Cohen", "the plan was a problem")


def test_a_bracketed_aside_and_a_relative_clause_after_the_name():
    q = quotes_in("Voters met. Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her "
                  "to be a \"stronger\" candidate.")
    row = q[q.kind == "indirect"].iloc[0]
    assert (row.speaker, row.quote) == ("Claire McCaskill", 'Sanders has pushed her to be a "stronger" candidate')


def test_a_quotation_that_only_opens_the_reported_clause():
    q = quotes_in("Voters met. Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss in the "
                  "Nevada caucuses.")
    assert q.kind.tolist() == ["indirect", "partial"]
    assert q.quote.tolist()[0] == "“the wind is at our backs” despite his loss in the Nevada caucuses"
    # a quotation whose comma hands over to the attribution stays one direct quote
    q = quotes_in('Money ran out. The report adds "an important building block to our understanding," said David '
                  'Bloom.')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "David Bloom"]]


def test_a_quoted_fragment_after_a_participle_that_opens_a_clause():
    q = quotes_in("Barack Obama spoke in Ohio. Obama punctuated his list by saying “Too many.” The crowd cheered.")
    assert q[["quote", "kind", "speaker"]].values.tolist() == [["Too many.", "partial", "Barack Obama"]]
    q = quotes_in("Fuel duty froze. The RAC welcomed the news, calling it an \"early Christmas present\" for drivers.")
    assert q[["kind", "mention"]].values.tolist() == [["partial", "The RAC"]]
    # a name inside another noun phrase is not the subject the participle shares
    q = quotes_in("Donald Trump spoke. One operative inside Trump Tower tried to downplay the comments, saying they "
                  "were “not a big deal around here.”")
    assert q[q.kind == "partial"].speaker.isna().all()


def test_asides_between_the_subject_and_its_verb():
    q = one("Trump visited. Polk County GOP chairman Bob Rogers, for example, said the visit would earn the "
            "Republican attention.")
    assert q.speaker == "Bob Rogers"
    q = one("Crowds fled. Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told ABC News that he had "
            "been watching the fireworks.")
    assert (q.speaker, q.quote) == ("Jimmy Ghazal", "he had been watching the fireworks")
    q = one("Delegates met. But Dan Williams, who’s running to be an alternate, added that he is on a mission.")
    assert q.speaker == "Dan Williams"


def test_police_said_inside_the_sentence_it_reports():
    q = one("Lewandowski came in. After being told he would be charged, police said, Lewandowski went to the "
            "station.")
    assert (q.mention, q.quote) == ("police", "After being told he would be charged Lewandowski went to the station")


def test_by_saying_and_a_clause():
    q = one("Donald Trump spoke. Trump picked up from his daughter by saying he is ready to go to work.")
    assert (q.speaker, q.quote) == ("Donald Trump", "he is ready to go to work")
    # "by" and an -ing form with no clause after it reports nothing
    assert quotes_in("David Gillick ran. David Gillick showed his form by claiming an impressive 400m victory.").empty
    q = one("James Cacheris ruled. U.S. District Judge James C. Cacheris imposed a 52-month sentence, saying a tough "
            "penalty was needed.")
    assert q.mention == "U.S. District Judge James C. Cacheris"


def test_a_quotation_that_ends_a_reported_clause_before_its_attribution():
    q = quotes_in('Carly Fiorina spoke in Iowa. The former secretary of state will play the "woman card," Fiorina '
                  'said.')
    assert q[["kind", "speaker"]].values.tolist() == [["indirect", "Carly Fiorina"], ["direct", "Carly Fiorina"]]
    assert q.quote.iloc[0] == 'The former secretary of state will play the "woman card"'
    # not when the quotation opens its sentence, follows a colon, or a verb of its own reports the lead
    assert quotes_in('John Smith spoke. "We will win," Smith said.').kind.tolist() == ["direct"]
    q = quotes_in('John Smith spoke. Government guidance said e-mails should be deleted if they served "no current '
                  'purpose", Mr Smith said.')
    assert q.kind.tolist() == ["direct"]


def test_a_wire_dateline_before_the_subject():
    q = one("Clinton speaks out.\n\nWASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton "
            "said Russian services hacked the committee's computers.")
    assert (q.speaker, q.quote) == ("Hillary Clinton", "Russian services hacked the committee's computers")
    assert one("Troops.\n\nPARIS (Reuters) - France said on Monday it would send more troops.").speaker == "France"


def test_shares_of_people_spelled_out_or_so_many_in_ten():
    assert one("People met. Thirty-one percent of those surveyed say they would be satisfied.").speaker_type == "group"
    assert one("People met. Six in 10 Virginia primary voters said Clinton is honest.").mention == \
        "Six in 10 Virginia primary voters"
    # "half" inside a word, and a share in another clause, are not the subject
    assert one("Ball won. Wales fly-half Stephen Jones said the side was ready.").speaker == "Stephen Jones"
    assert one("Growth. China's economy grew by 9.5% in 2004 and experts say the picture remains strong.").mention \
        == "experts"


def test_an_unnamed_source_qualified_by_what_they_know():
    q = one("People met. A person familiar with the planning for the meeting says the talks will focus on unity.")
    assert (q.mention, q.speaker_type) == ("A person familiar with the planning for the meeting", "anonymous")


def test_an_unresolved_pronoun_is_still_a_report():
    q = quotes_in("Marty Walz approaches it more diplomatically. She said she'd rather see money spent on the "
                  "election.")
    assert q[["kind", "mention"]].values.tolist() == [["indirect", "She"]]


def test_an_unresolved_pronoun_after_a_quote_is_its_speaker():
    text = ('Ministers met. "If the teenage Michael Howard were applying today, Gordon Brown would love me," '
            'Michael Howard said.\n\nAnd he stressed his commitment to cut taxes.')
    assert quotes_in(text)["speaker"].tolist() == ["Michael Howard", "Michael Howard"]
    # not when the speaker's given name gives the other gender
    text = '"We will see," Michael Howard said.\n\nShe said the plan would fail.'
    assert quotes_in(text)["speaker"].tolist()[-1] != "Michael Howard"


def test_a_quotation_before_an_attribution_with_content_of_its_own_is_no_mixed_report():
    q = quotes_in('Jobs. To a question on the "privatization of public sector jobs," Sanders said private contractors '
                  'can be more expensive.')
    assert "To a question on the" not in " ".join(q.quote)
    q = quotes_in('Taxes. However laudable the goal, using the tax "is a misguided approach," said Mr. Burman (a view '
                  'echoed by everyone I interviewed).')
    assert q.kind.tolist() == ["indirect", "direct"]


def test_owners_whose_name_ends_in_s_and_shares_in_three():
    assert one("People met. Bernie Sanders’ campaign says it raised more than $21 million.").mention == \
        "Bernie Sanders’ campaign"
    assert one("People met. Two in three said they are less likely to vote.").speaker_type == "group"


def test_a_verb_that_needs_that_after_its_content():
    q = one("Sales of hybrid cars in the US are set to double in 2005, research suggests.")
    assert (q.mention, q.quote) == ("research", "Sales of hybrid cars in the US are set to double in 2005")
    # without "that" and not after its content, such a verb reports nothing
    assert quotes_in("Figures. The chart suggests a rise in prices.").empty


def test_and_after_a_clause_then_a_person():
    q = one("Kevin Keegan spoke. He was linked with the job at Oldham and Keegan has stated he would not get in "
            "the way.")
    assert (q.speaker, q.quote) == ("Kevin Keegan", "he would not get in the way")
    # "and" inside a description is no such clause
    q = quotes_in("Transport. The party was split and his transport and environment spokesman said the plan was "
                  "sound.")
    assert "environment spokesman" not in q.mention.tolist()


def test_with_a_subject_and_an_ing_form():
    q = one("Sales of new homes had fallen 12% in November - with some analysts saying this could indicate problems.")
    assert (q.mention, q.quote) == ("some analysts", "this could indicate problems")
    q = one("Mark Hughes spoke. He missed the game with Rovers boss Mark Hughes claiming it had been a difficult "
            "time.")
    assert q.speaker == "Mark Hughes"
    # a bare "some", a phrase with a preposition, or no clause after the verb report nothing of their own
    assert quotes_in("Experts are split, with some saying prices will fall.").empty
    assert quotes_in("Shares. The firm rose, with analysts predicting a fall.").empty


def test_a_statement_and_an_ing_form():
    q = quotes_in("Money. John Magnier issued a statement late on Friday saying that they remained investors.")
    assert q[["speaker", "quote"]].values.tolist() == [["John Magnier", "they remained investors"]]


def test_a_colon_after_a_phrase_and_the_person_who_opens_the_clause():
    q = one("Donald Trump spoke. In a Fox interview later that day, Trump went even further: “If he goes forward "
            "and loses, it’s the end of his career.”")
    assert (q.speaker, q.kind) == ("Donald Trump", "direct")


def test_a_description_with_a_preposition_before_the_name_after_the_verb():
    q = one("Friends. ''It may have been his first attempt,'' said his best friend at Lehigh, Bruce Turry, who "
            "spoke.")
    assert (q.speaker, q.mention) == ("Bruce Turry", "his best friend at Lehigh, Bruce Turry")


def test_a_brand_name_in_lower_case_and_a_subject_after_as():
    q = one("Users. Security firm iDefence, which notified users, recommended an upgrade. The security firm says "
            "users should avoid clicking on playlist files.")
    assert q.speaker == "iDefence"
    q = one("Independent News & Media has bought a stake in Jagran. The deal came as the group announced that its "
            "results would meet forecasts.")
    assert q.mention == "the group"


def test_a_passive_that_modifies_a_noun_is_not_the_fragment_s_verb():
    q = one('Kate Taylor of the WEF spoke.\n\nDr Taylor described the level of action taken by businesses as revealed '
            'by the report as "too little, too late". The issue will be highlighted.')
    assert (q.speaker, q.cue) == ("Kate Taylor", "described")


def test_asides_between_hyphens_names_it_goes_by_and_hyphenated_titles():
    q = one("Money. Deutsche Boerse - whose market capitalisation is more than £3bn - said it believed its proposal "
            "offered benefits.")
    assert q.mention == "Deutsche Boerse"
    q = one("Mortgages. But B&B - which has a 22% share of the market - said that the sector grew.")
    assert q.mention == "B&B"
    q = one('Tennis. Carlos Moya won. And Moya, nicknamed Charly, admitted: "The Davis Cup is my dream."')
    assert q.speaker == "Carlos Moya"
    q = quotes_in('Budget. Vice-President Dick Cheney said the budget was the "tightest" so far.')
    assert q[q.kind == "indirect"].mention.tolist() == ["Vice-President Dick Cheney"]


def test_our_correspondent_and_an_unnamed_source_that_opens_the_sentence():
    q = one("Strike. BBC industrial correspondent Stephen Cape reported on the talks. Our correspondent said that he "
            "understood no deal had been offered.")
    assert q.speaker == "Stephen Cape"
    q = one("Labour. A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had "
            "a role.")
    assert (q.mention, q.speaker_type) == ("A Labour party spokesman", "anonymous")


def test_a_quotation_after_a_sentence_that_introduces_a_new_voice():
    text = ('Tennis. "I was nervous," said Rafael Nadal afterwards. US coach Patrick McEnroe wants the team to play '
            'more on clay. "I think it will help these guys on slow courts."')
    assert quotes_in(text)["speaker"].tolist() == ["Rafael Nadal", "Patrick McEnroe"]
    # but not when that sentence ends with the attribution of what it opens with
    text = ('Mayor. "Sorry," said Tony Blair. Mr Livingstone "should have withdrawn the comment", said Mr Blair. '
            '"I\'m sure that is what in truth he wants to do."')
    assert quotes_in(text)["speaker"].tolist()[-1] == "Tony Blair"


def test_a_date_inside_a_fronted_phrase_and_a_name_with_an_ampersand():
    q = one("Chips. At a press conference on Thursday Intel announced that two UWB groups had merged.")
    assert (q.mention, q.speaker) == ("Intel", "Intel")
    q = one("Tax. Earlier this month, accountancy firm Ernst & Young said that the forecasts were too optimistic.")
    assert q.speaker == "Ernst & Young"


def test_a_directive_with_an_object_and_an_infinitive_is_no_report():
    assert quotes_in("Economy. Accountancy firm Ernst & Young urged him to put politics aside.").empty
    assert quotes_in("Economy. Sir Digby Jones urged the chancellor not to be tempted to use the cash.").empty
    assert one("Economy. Jo Bell told reporters she would not resign.").quote == "she would not resign"


def test_once_an_aside_in_brackets_before_a_comma_and_a_doubled_opening_mark():
    q = one("Ali. Famed fight doctor Ferdie Pacheco once said: “Cassius Clay was born in Louisville.”")
    assert q.speaker == "Ferdie Pacheco"
    q = one("Ohio. After winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”")
    assert q.speaker == "John Kasich"
    q = quotes_in("Rally. Donald Trump spoke. Mr. Trump said of the episode, ''I don't like it,'' adding that they "
                  "were angry.")
    assert q[q.kind == "direct"].speaker.tolist() == ["Donald Trump"]


def test_a_warning_with_a_clause_is_a_report_but_a_directive_is_not():
    assert one("Money. But Edward Leigh warned the government would have to work hard.").speaker == "Edward Leigh"
    assert one("Money. William Hague spoke. He also told the paper he hopes to remain MP.").quote.endswith(
        "he hopes to remain MP")
    assert quotes_in("Money. Crown Prince Abdullah told government departments to put plans in place.").empty


def test_a_fragment_after_and_and_a_dash_after_a_fragment():
    q = one("Ben Carson spoke. Carson took the stage in Baltimore and called the political system “rotten to the "
            "core.”")
    assert (q.kind, q.speaker) == ("partial", "Ben Carson")
    q = quotes_in("Glenn Beck spoke. He has also called the Texas senator “the next George Washington” – the Founding "
                  "Father whom Beck idolizes.")
    assert q[["kind", "mention"]].values.tolist() == [["partial", "He"]]


def test_a_document_speaks_for_the_author_the_article_names():
    # a lead's survey or research is the organisation named as its author just after it
    q = quotes_in("Shoppers worry about tags in shops, a survey says.\n\nThe survey of consumers in four "
                  "countries was carried out by consultancy group Capgemini.")
    assert q["speaker"].tolist() == ["Capgemini"] and q["speaker_type"].tolist() == ["organisation"]
    q = quotes_in("Firms fail to plan for HIV, new research says.\n\nThe finding comes in a report published on "
                  "Thursday by the World Economic Forum, Harvard and the UN.")
    assert q["speaker"].tolist() == ["World Economic Forum"]
    # "the report" is the document named by "by" just before it, not an older one of its kind
    q = quotes_in("The Nielsen report showed that use rose. A study by analysts Jupiter Research suggested that "
                  "broadband was winning. The threat to TV was greatest in Spain, said the report.")
    assert q["speaker"].tolist()[-1] == "Jupiter Research"
    # no author: the description; a word capitalised only where it opens a sentence names no author
    q = quotes_in("Prices will rise, a report says.\n\nOfficial figures show a fall.")
    assert q["speaker"].tolist()[0] == "a report" and q["speaker_type"].tolist()[0] == "anonymous"
    # a name that describes a person written after it is no author
    q = quotes_in("The book by Sunday Telegraph journalist Robert Bell said the pair had fallen out.")
    assert q["speaker"].tolist() != ["Sunday Telegraph"]


def test_a_short_name_is_spelled_out_from_the_words_whose_letters_it_takes():
    q = quotes_in("The Higher Education Funding Council for England met on Monday. Hefce said more people "
                  "went to university.")
    assert q["speaker"].tolist() == ["Higher Education Funding Council for England"]


def test_a_description_is_the_organisation_its_own_noun_introduced():
    q = quotes_in("Irish publishing group Independent News & Media is buying a stake in newspaper company Jagran. "
                  "The company reported strong growth. Advertising revenues were up 10%, the group said.")
    assert q["speaker"].tolist()[-1] == "Independent News & Media"


def test_a_sentence_opening_run_that_ends_in_a_person_is_that_person():
    q = quotes_in("Azmat Begg thanked his lawyers. Moazzam Begg's Labour MP Roger Godsiff welcomed his release, "
                  "but said questions remained unanswered.")
    assert q["speaker"].tolist() == ["Roger Godsiff"]


def test_a_source_after_the_verb_may_carry_its_initials_in_brackets():
    q = quotes_in('That long trough "might be contributing to excessive risk-taking", said the Federal Open '
                  'Markets Committee (FOMC), which sets interest rates.')
    assert set(q["speaker"]) == {"Federal Open Markets Committee"}


def test_a_short_form_after_the_is_the_name_it_shortens():
    q = quotes_in("The US Federal Reserve raised rates. The Fed said inflation was contained. The Bank of "
                  "England held rates. In a report, the Bank said inflation would rise.")
    assert q["speaker"].tolist() == ["Federal Reserve", "Bank of England"]


def test_a_book_speaks_for_the_person_who_wrote_it():
    q = quotes_in("A new book says the pair fell out.\n\nThe book, Brown's Britain by Sunday Telegraph journalist "
                  "Robert Peston, is out on Monday.")
    assert q["speaker"].tolist() == ["Robert Peston"] and q["speaker_type"].tolist() == ["person"]
    q = quotes_in("An investigation commissioned by Shell said that Ms Boynton had to share responsibility.")
    assert q["speaker"].tolist() == ["Shell"]


def test_a_person_named_after_one_of_a_group_speaks():
    q = quotes_in('"A decision is now expected by mid-March," said one of their lawyers, Michalis Dimitrakopoulos.')
    assert q["speaker"].tolist() == ["Michalis Dimitrakopoulos"]


def test_shares_spelled_in_two_words_or_the_rest_of_those_asked_are_groups():
    q = quotes_in("A survey was done. The remaining 33% said they could not live without search sites. "
                  "Fifty nine percent of people said they were worried.")
    assert q["speaker_type"].tolist() == ["group", "group"]


def test_according_to_a_name_then_a_number_without_a_comma():
    q = quotes_in("Users are loyal. According to Pew Research 44% of searchers use one search engine.")
    assert q["speaker"].tolist() == ["Pew Research"] and q["quote"].tolist()[0].startswith("44%")
    q = quotes_in("According to Il Sole 24 Ore, the government will focus on markets.")
    assert q["quote"].tolist() == ["the government will focus on markets"]  # (a number inside a name)


def test_it_may_stand_for_a_name_taken_for_a_person_that_nothing_marks_as_one():
    q = quotes_in("Standard Life is the latest shareholder to express concern at the plans.\n\nIt said the offer "
                  "had to be good for shareholders. Reports say Standard Life may seek a vote.")
    assert q["speaker"].tolist()[0] == "Standard Life"


def test_an_organisation_named_after_its_description_in_commas_is_the_source():
    q = quotes_in("Output fell. Manufacturers' organisation, the EEF, said it expected rates to hold. It also said "
                  "confidence was waning.")
    assert q["speaker"].tolist() == ["EEF", "EEF"]
    q = quotes_in("Hans Reckers, a board member of Germany's central bank, the Bundesbank, said trading should stay.")
    assert q["speaker"].tolist() == ["Hans Reckers"]


def test_a_lawsuit_is_not_the_firm_it_names_and_a_titled_name_is_a_person():
    q = quotes_in("Apple, which opened its store in 2003, uses technology to tie songs to the iPod. Californian Thomas "
                  'Slattery filed the suit. "Apple has turned an open standard into an artifice," the lawsuit states.')
    assert q[["speaker", "speaker_type"]].values.tolist() == [["Thomas Slattery", "person"]]
    q = quotes_in('But this argument was dismissed as "ridiculous" by Justice David Souter.')
    assert q["speaker"].tolist() == ["David Souter"] and q["speaker_type"].tolist() == ["person"]


def test_a_member_or_silk_after_a_name_is_a_person_and_no_part_of_the_mention():
    q = quotes_in('The report was out, correspondent Richard Black said. Chairman of the Environmental Audit '
                  'Committee Peter Ainsworth MP, said: "The policy is an alarming example."')
    assert q["speaker"].tolist() == ["Richard Black", "Peter Ainsworth"]
    q = quotes_in('Mark Oaten spoke first. "It was a serious matter," said Guy Mansfield QC, for the party.')
    assert q["speaker"].tolist() == ["Guy Mansfield"]
    q = quotes_in("George Galloway was expelled. The Glasgow Kelvin MP said the party had betrayed him.")
    assert "Glasgow Kelvin" not in set(q["speaker"].dropna())


def test_a_participle_after_a_clause_whose_subject_is_a_titled_person_or_a_described_group():
    q = quotes_in("South African president Thabo Mbeki has attacked British imperialists, saying they treated "
                  "Africans like savages.")
    assert q[["speaker", "mention"]].values.tolist() == [["Thabo Mbeki", "South African president Thabo Mbeki"]]
    q = quotes_in("A British Muslim group has criticised the new series, claiming it portrays Islam unfairly.")
    assert q["quote"].tolist() == ["it portrays Islam unfairly"]
    # no clause reported, or no subject that speaks
    assert quotes_in("The game requires users to build and maintain their vehicles and to monitor data.").empty
    q = quotes_in("Ukraine recently ousted long-serving leader Leonid Kuchma, saying he had failed.")
    assert "Leonid Kuchma" not in set(q["speaker"].dropna())


def test_the_subject_after_but_or_and_when_a_clause_comes_before():
    q = quotes_in("The company will have to persuade managers to adopt a new model but it said it already had "
                  "interest from customers.")
    assert q["mention"].tolist() == ["it"]
    q = quotes_in("Kevin Keegan spoke. He was linked with the job at Oldham and Keegan has stated he would stay.")
    assert q["speaker"].tolist() == ["Kevin Keegan"]
    q = quotes_in("Anti-hunt organisations, for whom the ban is the culmination of years of campaigning, say they "
                  "hope most will stay within the law.")
    assert q["speaker"].tolist() == ["anti-hunt organisations"]
    # a subordinating word after "but" opens no subject: "… but when asked whether he would … replied:"
    q = quotes_in('The singer did not want to talk about it but when asked whether he would do it again replied: '
                  '"Is the Pope a Catholic?"')
    assert "when" not in set(q["mention"])


def test_initials_in_brackets_and_a_place_after_a_body_are_no_part_of_its_name():
    q = quotes_in("GM is extending the reach of General Motors Acceptance Corp (GMAC), which has said it may enter "
                  "the home loans market.")
    assert q["speaker"].tolist() == ["General Motors Acceptance Corp"]
    q = quotes_in("The Pentagon's Project and Contract Office (PCO) in Baghdad said it had taken over the work.")
    assert q["speaker"].tolist() == ["Pentagon's Project and Contract Office"]
    q = quotes_in("Vladimir Putin has described the affair as a crackdown - and the BBC's Sarah Rainsford in Moscow "
                  "says most Russians believe the end of Yukos is now inevitable.")
    assert q["quote"].tolist()[:1] == ["most Russians believe the end of Yukos is now inevitable"]


def test_it_after_but_is_the_company_named_before_not_the_description():
    q = quotes_in("Computer firm Sun Microsystems launched a grid. The company will have to persuade managers to "
                  "adopt a new model but it said it already had interest from customers.")
    assert q["speaker"].tolist() == ["Sun Microsystems"]


def test_it_after_a_sentence_opened_by_a_name_is_that_name_not_an_object_introduced():
    q = quotes_in("The Muslim Council of Britain has complained to broadcasting watchdog Ofcom. It says the programme "
                  "breaches guidelines. The Muslim Council of Britain said so.")
    assert q["speaker"].tolist()[0] == "Muslim Council of Britain"


def test_it_after_an_organisation_spoke_is_that_organisation_when_no_rule_resolved_it():
    q = quotes_in('Three DJs will host the show. "John Peel can never be replaced," said the radio station. It added '
                  "that the show would support unsigned talent.")
    assert q["speaker"].tolist() == ["the radio station", "the radio station"]
    assert q["speaker_type"].tolist() == ["organisation", "organisation"]
    # not after a person spoke
    q = quotes_in('"We are ready," said John Smith. It said the plan would fail.')
    assert q["speaker"].tolist()[1:] == [None]


def test_a_name_inside_a_description_names_the_source_not_the_last_organisation():
    q = quotes_in("Shares in BP rose, said the London Stock Exchange. Officials were cautious, "
                  "the Deutsche Welle radio station said.")
    assert q["speaker"].tolist() == ["London Stock Exchange", "Deutsche Welle"]
    q = quotes_in("The British National Party has issued leaflets. The site is offline, the BNP's website said.")
    assert q["speaker"].tolist() == ["British National Party"]
    # a nationality or a place a firm is based in is no name: the firm named before
    q = quotes_in("Swedish firm Electrolux made a loss. The Swedish firm said sales would rise.")
    assert q["speaker"].tolist() == ["Electrolux"]


def test_a_place_after_an_apposition_is_no_subject():
    q = quotes_in("Boris Johnson spoke. Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected "
                  "Labour was trying to reassure voters.")
    assert q["speaker"].tolist() == ["Boris Johnson"]
    q = quotes_in("Separately, the world's largest package delivery company, UPS, said it had placed an order.")
    assert q["speaker"].tolist() == ["UPS"]


def test_a_person_named_after_an_organisation_and_a_role_speaks_after_the_verb():
    q = quotes_in('Kurt Cobain died in 1994. "It is Nirvana unedited," said Cobain biographer Charles Cross.')
    assert q["speaker"].tolist() == ["Charles Cross"]
    q = quotes_in('"The UK is in a two-tier economy," said Prebon Yamane economist Lena Komileva.')
    assert q["speaker"].tolist() == ["Lena Komileva"]
    # but not a name after "of": "said Stuart Hensel of the Economist Intelligence Unit"
    q = quotes_in('"Rates will rise," said John Smith of the Economist Intelligence Unit.')
    assert q["speaker"].tolist() == ["John Smith"]


def test_they_after_two_people_open_the_sentence_before_is_both():
    q = quotes_in("Michael Howard and frontbencher John Redwood on Thursday launched plans to abolish quangos. "
                  "They say government is spending too much.")
    assert q["speaker"].tolist() == ["Michael Howard and John Redwood"]
    assert q["speaker_type"].tolist() == ["group"]
    # not when no two people open it
    q = quotes_in("Michael Howard met voters in Leeds and Bradford. They say government is spending too much.")
    assert q["speaker"].tolist() == [None]


def test_both_between_a_subject_and_its_verb():
    q = quotes_in("Mr Blair met parents. The Conservatives and Lib Dems both say his pledges are worthless.")
    assert q["speaker"].tolist() == ["Conservatives and Lib Dems"]


def test_a_share_of_people_is_a_group_even_with_a_bracketed_figure_or_a_name_after_it():
    q = quotes_in("The survey was done. Most (62%) said they had no idea what their partner's number was.")
    assert q["speaker"].tolist() == ["most (62%)"] and q["speaker_type"].tolist() == ["group"]
    q = quotes_in("Almost a quarter (21%) of those polled for the Sunday Times said he should return.")
    assert q["speaker_type"].tolist() == ["group"]
    assert q["speaker"].tolist() == ["almost a quarter (21%) of those polled for the Sunday Times"]


def test_forecast_with_a_that_clause_reports_and_it_is_the_body_that_opened_the_sentence_before():
    q = quotes_in("The Japanese government has forecast that growth will slow to 1.6% next year.\n\nWhile it "
                  "predicts this fall, it said it was making progress on ending deflation.")
    assert q["speaker"].tolist() == ["the Japanese government", "the Japanese government"]
    q = quotes_in("The Japanese government has cut spending.\n\nWhile it predicts this fall, it said it was making "
                  "progress on ending deflation.")
    assert q["speaker"].tolist() == ["the Japanese government"]


def test_a_reporting_noun_inside_the_subject_of_a_later_verb_gives_no_second_row():
    q = quotes_in("A separate report by Jupiter forecasts that the European digital music market will grow.")
    assert len(q) == 1 and q["speaker"].tolist() == ["Jupiter"]


def test_found_reports_only_a_documents_findings():
    q = quotes_in("The study, by consultancy Building Zones, was published. The study also found that people were "
                  "spending six hours in the building.")
    assert q["speaker"].tolist() == ["Building Zones"]
    q = quotes_in('He found that the door was locked. Sir Alan Budd found a "chain of events". Where it finds holes, '
                  "it will develop standards.")
    assert q.empty


def test_it_after_a_sentence_opened_by_a_document_is_the_documents_author():
    q = quotes_in("The research was carried out jointly by the UK Film Council and industry training body Skillset. "
                  "It also found that women were less likely to be married.")
    assert q["speaker"].tolist() == ["UK Film Council"]
    q = quotes_in("The Demos report looked at broadband. It found that half of its users logged on before breakfast.")
    assert q["speaker"].tolist() == ["Demos"]


def test_he_after_content_that_names_someone_before_its_quotation_marks_is_not_them():
    q = quotes_in("Britain is failing, Michael Howard has said. Mr Blair's government was a \"bossy, interfering "
                  "government,\" he added.")
    assert set(q["speaker"]) == {"Michael Howard"}
    # but one named before a quotation that a verb of saying introduces is the speaker
    q = quotes_in('The Tories say taxes will rise. Shadow Treasury chief secretary George Osborne said: "Everyone '
                  'says there is a black hole," he said.')
    assert q["speaker"].tolist()[-1] == "George Osborne"


def test_a_person_named_by_by_right_after_a_passive_verb_says_the_fragment():
    q = quotes_in('Steve Jobs showed off the new machine. The Macintosh was described by Jobs as the "most important '
                  'Mac" made by Apple.')
    assert q["speaker"].tolist() == ["Steve Jobs"]


def test_a_team_or_family_is_a_group_and_a_sentence_opening_adjective_owns_no_document():
    q = quotes_in("Mr Elgindy was convicted. Mr Elgindy's team claimed that he was fighting corporate wrongdoing.")
    assert q["speaker"].tolist() == ["Mr Elgindy's team"] and q["speaker_type"].tolist() == ["group"]
    q = quotes_in("Latest research suggests that new viruses are cranked out at a rate of up to 200 per week.")
    assert q["speaker"].tolist() == ["latest research"]


def test_the_producer_is_the_producer_named_before():
    q = quotes_in('Producer Kevin Wallace said it would be worth waiting for. "There will be disappointed fans," '
                  "added the British producer.")
    assert q["speaker"].tolist() == ["Kevin Wallace", "Kevin Wallace"]


def test_a_relative_clause_and_an_adverb_between_a_subject_and_its_verb():
    q = quotes_in("The NISCC, which is running the service, also stressed that users would still need anti-virus "
                  "software.")
    assert q["speaker"].tolist() == ["NISCC"]
    q = quotes_in("Sales fell, however it did acknowledge that some new products had put in solid performances. "
                  "GM said so.")
    assert q["mention"].tolist()[0] == "it"


def test_a_title_joining_two_teams_before_a_name():
    q = quotes_in("However, former Spurs and England defender Gary Stevens said he would not be surprised.")
    assert q["speaker"].tolist() == ["Gary Stevens"]



def test_a_verb_with_a_noun_phrase_object_reports_nothing():
    q = quotes_in("The firm recently announced a deal to buy 26% of Indian firm Hindustan Oil Exploration. Rafael "
                  "Nadal continued his run of fine form. In 2003, Barclays reported a 20% rise in pre-tax profits.")
    assert q.empty
    # a clause after the verb still reports, with "that" or without
    q = quotes_in("The firm announced that it would cut 500 jobs. The firm announced it would cut 500 jobs. The firm "
                  "denied the claims were true.")
    assert q["quote"].tolist() == ["it would cut 500 jobs", "it would cut 500 jobs", "the claims were true"]


def test_the_companies_are_the_organisations_named_together_before():
    q = quotes_in("EADS and BAE Systems, the European defence and aerospace firms which own Airbus, welcomed the "
                  'announcement. "It has always been preferable," the companies said in a joint statement.')
    assert q["speaker"].tolist() == ["EADS and BAE Systems"]
    # not two people, nor across a sentence's end
    q = quotes_in("Tony Blair and Gordon Brown met. The firms said they hope to end fragmentation.")
    assert q["speaker"].tolist() == ["the firms"]


def test_a_role_of_several_words_after_the_verb_and_an_organisation_before_it():
    q = quotes_in('Standard Chartered bought KFB. "We are comfortable with the price paid," said Standard Chartered '
                  "chief executive Mervyn Davies at a London press conference.")
    assert q["speaker"].tolist() == ["Mervyn Davies"]


def test_a_participle_after_a_verb_with_a_noun_phrase_object_keeps_its_speaker():
    q = quotes_in("The firm recently announced a deal to buy 26% of Indian firm Hindustan Oil Exploration, saying it "
                  "would grow.")
    assert q["quote"].tolist() == ["it would grow"] and q["speaker"].tolist() == ["the firm"]


def test_a_name_and_a_dash_after_a_story_starts_is_no_dateline():
    q = quotes_in("Airbus said so. The superjumbo was over budget. It cost more. EADS - Airbus' majority owner - "
                  "admitted earlier this week that the project was running 1.45bn euros over budget.")
    assert q["speaker"].tolist()[-1] == "EADS"
    q = quotes_in("WASHINGTON (Reuters) - U.S. presidential candidate Hillary Clinton said she would win.")
    assert q["speaker"].tolist() == ["Hillary Clinton"]


def test_a_number_of_a_described_group_speaks_in_a_participle_after_its_clause():
    q = quotes_in("A number of large MCI shareholders expressed unhappiness at the decision, saying that Verizon's "
                  "offer undervalued the company.")
    assert q["speaker"].tolist() == ["a number of large MCI shareholders"]
    assert q["speaker_type"].tolist() == ["group"]


def test_a_firm_whose_shares_are_traded_is_the_organisation_that_the_firm_stands_for():
    q = quotes_in("Shares in Cairn Energy rose 3.8% on Tuesday after the UK firm announced a gas discovery.\n\nThe "
                  "firm, which made other finds last year, said the latest discovery could lead to large gas volumes.")
    assert q["speaker"].tolist() == ["Cairn Energy"]


def test_they_is_a_plural_subject_of_the_sentence_before_when_nothing_else_resolves_it():
    q = quotes_in("Consumer confidence has dipped and analysts have raised concerns about savings. Without a pick up "
                  "in growth, they say, the money could run out.")
    assert q["speaker"].tolist() == ["analysts"] and q["speaker_type"].tolist() == ["group"]
    # not one named in the content before ", they said", nor a verb taken for a plural
    q = quotes_in("European leaders have blamed the US.\n\nUS officials were talking up the dollar, they said.")
    assert q["speaker"].tolist() == ["European leaders"]
    q = quotes_in("The finance minister has urged councils to limit increases. They say money is short.")
    assert q["speaker"].tolist() == [None]


def test_an_organisation_introduced_by_a_description_in_commas_is_the_one_the_company_stands_for():
    q = quotes_in("Acme, the Chicago-based rocket company, has cut 300 jobs.\n\nThe losses were large. The firm said "
                  "it would recover next year.")
    assert q["speaker"].tolist() == ["Acme"] and q["speaker_type"].tolist() == ["organisation"]
    q = quotes_in("Bayern Munich, the German club, has complained. The losses were large. It said it would appeal.")
    assert q["speaker"].tolist() == ["Bayern Munich"]
    # not a sentence's opening word before a description ("In Chicago, the rocket company …")
    q = quotes_in("Acme sold rockets. In Chicago, a rocket company run by Zed Corp has cut jobs. The firm said it "
                  "would recover.")
    assert q["speaker"].tolist() != ["In Chicago"]


def test_its_document_after_according_to_is_the_subject_of_its_own_sentence():
    q = quotes_in("Fosters said it was in talks.\n\nFosters bought its stake in Southcorp from Reline Investments, "
                  "the family investment firm for the Oatleys. Southcorp employs 2,700 people and is the largest "
                  "investor in rural Australia, according to its website. Southcorp confirmed the news.")
    assert q["speaker"].tolist() == ["Fosters", "Southcorp"]


def test_a_long_name_after_the_verb_that_ends_the_sentence_speaks_with_its_initials():
    q = quotes_in("More Americans are online.\n\nThe number of users jumped by 38% in a year, said the US Federal "
                  "Communications Commission (FCC). Later, it said there were 32 million connections.")
    assert q["quote"].tolist() == ["The number of users jumped by 38% in a year",
                                   "there were 32 million connections"]
    assert q["speaker"].tolist() == ["US Federal Communications Commission"] * 2


def test_the_figures_of_a_named_body_are_its_own():
    q = quotes_in("Use is rising.\n\nThe phone line makes up 11.4 million connections, according to the FCC figures.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["FCC", "organisation"]]


def test_a_name_after_a_nationality_and_a_noun_opens_the_sentence():
    q = quotes_in("Brewers had a bad year.\n\nDutch firm Heineken saw its annual profits drop 33% and warned that "
                  "earnings in 2005 may also slide.")
    assert q["speaker"].tolist() == ["Heineken"]


def test_the_one_a_medium_quoted_as_saying_speaks_not_the_medium():
    q = quotes_in('Staff gathered outside.\n\n"We are mourning the passing of a great company," the agency quoted '
                  'Peoplesoft worker David Ogden as saying.')
    assert q["speaker"].tolist() == ["David Ogden"]
    q = quotes_in("Markets fell.\n\nVerizon has held merger talks with MCI, Reuters quoted sources as saying.")
    assert q[["quote", "speaker"]].values.tolist() == [["Verizon has held merger talks with MCI", "sources"]]
    q = quotes_in("Markets fell.\n\nChief executive Geoff Dixon was quoted by The Australian newspaper as saying the "
                  "carrier could no longer afford to stay local.")
    assert q[["quote", "speaker"]].values.tolist() == [["the carrier could no longer afford to stay local",
                                                        "Geoff Dixon"]]
    # where or how it was said is no content: "… as saying in a statement"
    q = quotes_in('Rates rose.\n\n"Growth will slow," Apcom quoted several lawmakers as saying in a statement.')
    assert q[["quote", "speaker"]].values.tolist() == [["Growth will slow", "several lawmakers"]]


def test_a_participle_phrase_in_commas_before_the_verb_leaves_its_subject():
    q = quotes_in("Marion Jones won three gold medals. Her lawsuit, filed in the US District Court in San Francisco, "
                  "said the sprinter had passed a lie detector test.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["Marion Jones", "person"]]  # (her lawsuit: hers)
    q = quotes_in("The report, published by the Institute of Fiscal Studies on Monday, said taxes would rise.")
    assert q["speaker"].tolist() == ["Institute of Fiscal Studies"]  # (not "… on Monday")


def test_a_quotation_inside_a_report_with_the_same_attribution_has_its_source():
    q = quotes_in('The show was axed. "There are no plans for another series," a spokeswoman said. Presenter Denise '
                  'Van Outen left in May. She added the pair "brought a real warmth to Saturday night".')
    assert set(q["speaker"]) == {"a spokeswoman"}


def test_the_company_is_no_public_body_that_spoke_before():
    q = quotes_in("At 3GSM, Siemens showed off a faster system. Fast networks are here, says the Global Mobile "
                  "Suppliers Association. At the show, Siemens said it was pleased. The German company said data "
                  "could be sent faster.")
    assert q["speaker"].tolist()[-1] == "Siemens"


def test_the_company_in_a_sentence_opened_by_its_statement_is_its_issuer():
    q = quotes_in('Netcraft said sites were down.\n\nIn a statement from Lycos Europe announcing the end of the '
                  'scheme, the company denied that this was its fault. "There is nothing to suggest that," it said.')
    assert q["speaker"].tolist() == ["Netcraft", "Lycos Europe", "Lycos Europe"]


def test_a_role_after_an_organisation_name_and_with_a_hyphen_is_a_role():
    q = quotes_in("In a lecture, Irene Khan said rights had been flouted. Ms Khan said the trend was worrying.\n\n"
                  "The Amnesty secretary-general said a gap was fuelling scepticism.")
    assert q["speaker"].tolist() == ["Irene Khan"] * 3
    # a loose role ("chief", "boss") may be a person named with another post: the club chairman
    q = quotes_in('Wigan chairman Maurice Lindsay said the move was a surprise. "It would be a loss," said the '
                  'Warriors chief.')
    assert q["speaker"].tolist() == ["Maurice Lindsay"] * 2


def test_a_party_adjective_in_a_description_names_its_party():
    q = quotes_in("The Liberal Democrats want to scrap stamp duty. Lib Dem spokesman Ed Davey said the plan would "
                  "help.\n\nThe Labour party said the Liberal Democrats needed to explain how they would pay for it.")
    assert q["speaker"].tolist() == ["Ed Davey", "Labour Party"]


def test_figures_or_data_a_body_names_are_its_own():
    q = quotes_in("Sales fell.\n\nAnd according to Office for National Statistics data, sales in December failed to "
                  "meet expectations. Sales rose 3% in May, according to ONS figures. Prices fell 2%, according to "
                  "official figures.")
    assert q["speaker"].tolist() == ["Office for National Statistics"] * 2 + ["official figures"]  # (ONS spelled out)


def test_a_fragment_after_who_described_is_the_one_the_relative_clause_follows():
    q = quotes_in('Mr Blair, who has described Africa as a "scar" on the world\'s conscience, has already said '
                  'tackling poverty is a priority.')
    assert q["speaker"].tolist() == ["Blair", "Blair"]


def test_a_person_named_after_a_role_and_a_comma_after_the_verb_speaks():
    q = quotes_in('"It will be a tragedy," said the chairman of the Commons education select committee, Labour MP '
                  'Barry Sheerman.')
    assert q["speaker"].tolist() == ["Barry Sheerman"]


def test_one_quoted_in_a_paper_saying_a_quotation_speaks():
    q = quotes_in('Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted."')
    assert q["speaker"].tolist() == ["Houston"]


def test_a_connective_before_an_inverted_attribution_is_no_subject():
    q = quotes_in("He said firms admit their systems fail. Instead, said Mr Doctorow, DRM systems were meant to "
                  "control consumers.")
    assert q[["quote", "speaker"]].values.tolist()[-1] == ["DRM systems were meant to control consumers", "Doctorow"]
    q = quotes_in("Some staff are angry. One told BBC News that the staff had been ruined.")
    assert q["speaker"].tolist() == ["one"]  # (a quantifier that speaks, no connective)


def test_it_after_a_sentence_opened_by_a_report_by_a_named_author_is_that_author():
    q = quotes_in("Gartner said sales rose.\n\nPhones are popular. A report by analysts InStat/MDR has predicted "
                  "that shipments will grow by 44%. It says that smartphones will make up 117 million handsets.")
    assert q["speaker"].tolist() == ["Gartner", "InStat/MDR", "InStat/MDR"]


def test_a_name_before_its_role_and_seat_in_commas_speaks():
    q = quotes_in('Councils are worried. Scottish Finance Minister, Tom McCabe MSP, said: "Last week I announced more '
                  'money."')
    assert q["speaker"].tolist() == ["Tom McCabe"]


def test_an_apposition_whose_closing_comma_is_missing_leaves_the_name_that_opens_the_clause():
    q = quotes_in('Analysts were split. However, Matt Williams, a fund manager at Perpetual Trustees said taking the '
                  'stake "is definitely a precursor to a takeover".')
    assert set(q["speaker"]) == {"Matt Williams"} and len(q) == 2
    # not a name that ends a phrase before the subject, nor one a relative clause follows
    q = quotes_in('When asked about Robert Bosch, the carmaker\'s chief executive Helmut Panke said: "We will first '
                  'solve the problem."')
    assert q["speaker"].tolist() == ["Helmut Panke"]
    q = quotes_in('Jack Straw said he liked Mr Campbell, who he described as "very talented".')
    assert "Campbell" not in " ".join(q["speaker"].dropna())


def test_he_after_a_quote_attributed_by_name_with_no_one_named_between_is_that_speaker():
    q = quotes_in("It was no good Mr Blair claiming tax pledges were left to the manifesto, argued Mr Howard. Pointing "
                  'to national insurance, he added: "Everyone knows tax will go up under Labour."')
    assert q["speaker"].tolist()[-1] == "Howard"


def test_a_title_after_the_contents_comma_belongs_to_the_subject():
    q = quotes_in("Others targeted include Oliver Letwin and Theresa May, Lib Dem's elections chief Lord Rennard "
                  'said. He said it was "nothing personal".')
    assert set(q["speaker"]) == {"Rennard"}
    q = quotes_in("Earlier, Lib Dem chairman Matthew Taylor said the plan was sound.")
    assert q["quote"].tolist() == ["the plan was sound"]  # (a connective before the subject is no content)


def test_a_real_name_in_commas_is_not_the_speakers_name_and_a_name_may_hold_a_number():
    q = quotes_in('Jay-Z, real name Shawn Carter, said: "I have inherited two brands."')
    assert q["speaker"].tolist() == ["Jay-Z"]
    q = quotes_in("The campaign went on, said the controversial group Fathers 4 Justice.")
    assert q["speaker"].tolist() == ["Fathers 4 Justice"]


def test_an_unnamed_source_for_a_body_whose_name_holds_a_comma_speaks():
    q = quotes_in("A spokesman for the Department for Culture, Media and Sport said there were no plans to sell "
                  "the channel.\n\nHe added that new laws would be needed.")
    assert set(q["speaker"]) == {"a spokesman for the Department for Culture, Media and Sport"}


def test_a_name_then_a_comma_and_the_letters_of_a_silk_speaks():
    q = quotes_in("The court met. Deputy High Court Judge Richard Mawrey, QC told the hearing the case was grave.")
    assert q["speaker"].tolist() == ["Richard Mawrey"]


def test_a_quantifier_that_speaks_is_a_group_and_the_brewer_is_the_brewer_named():
    q = quotes_in("Some commentators say it is a fad. Others say it is a new medium. Many said it would fail.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["some commentators", "group"], ["others", "group"],
                                                             ["many", "group"]]
    q = quotes_in("The stake was bought by Australian brewer Fosters.\n\nInvestors were startled, as the brewer said "
                  "last summer that it was not looking to expand.")
    assert q["speaker"].tolist() == ["Fosters"]


def test_who_said_and_a_medium_that_reports_someone_as_saying():
    q = quotes_in('Her call was backed by Culture Secretary Tessa Jowell who said: "You would not let your child '
                  'watch it."')
    assert q["speaker"].tolist() == ["Tessa Jowell"]
    q = quotes_in("Jobs may go. The FT reported a union source as saying that 300 jobs would go.")
    assert q[["quote", "speaker"]].values.tolist() == [["300 jobs would go", "a union source"]]
    q = quotes_in("Traders may be jailed. They could face a five-year term, Reuters reported BaFin as saying.")
    assert q["speaker"].tolist() == ["BaFin"]


def test_a_name_before_a_lower_case_noun_for_what_it_is_speaks():
    q = quotes_in('The list was published. Broadcast magazine said: "British TV never realised how low it could go."')
    assert q["speaker"].tolist() == ["Broadcast"]
    # not a name whose noun is its own, a plural, or a possessive
    q = quotes_in("Deutsche Bank said profits rose. Security firms said viruses spread. Mr Elgindy's team said he was "
                  "innocent.")
    assert q["speaker"].tolist() == ["Deutsche Bank", "security firms", "Mr Elgindy's team"]


def test_a_source_that_ends_in_a_group_noun_is_a_group():
    q = quotes_in("The families' lawyer spoke. Ministry of Defence lawyers argued the area was outside the "
                  "convention.\n\nThe couple, who married in Los Angeles, claimed staff took photographs of them.")
    assert q["speaker_type"].tolist() == ["group", "group"]
    assert q["speaker"].tolist()[1] == "the couple"


def test_a_noun_phrase_object_before_a_subordinate_clause_reports_nothing():
    q = quotes_in("Maruti reported a sharp rise in profit after a booming economy boosted demand.")
    assert q.empty


def test_a_year_cut_short_opens_no_quotation():
    q = quotes_in('He worked on Jay-Z\'s \'03 Bonnie & Clyde and others. "I thank God," he later said.')
    assert q["quote"].tolist() == ["I thank God"]


def test_people_and_the_body_one_speaks_for_after_a_comma():
    q = quotes_in("Friendlies are a farce. Some people have been saying it would be better to drop the game.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["some people", "group"]]
    q = quotes_in('The party left.\n\nColin Asplin, Blackpool Hotel Association said: "We have tried very hard."')
    assert q["speaker"].tolist() == ["Colin Asplin"]


def test_a_name_and_its_role_with_no_comma_after_a_quotation_speaks():
    q = quotes_in('HD is coming. "HD support is mandatory," Dr Mark Tuffy games systems director at digital content '
                  'firm THX told the BBC News website.')
    assert q["speaker"].tolist() == ["Mark Tuffy"]
    q = quotes_in('Bets were stopped. "Gambles like this have often been right," William Hill spokesman Rupert Adams '
                  'said.')
    assert q["speaker"].tolist() == ["Rupert Adams"]


def test_he_after_a_reported_clause_and_a_quotation_is_the_one_who_reported():
    q = quotes_in('Anthony Greener chairs the authority. The chief inspector of schools, David Bell, also said that '
                  'the exams should go. "One of the reasons why I am so strongly in favour of these terms disappearing '
                  'is that change must be seen," he said.')
    assert q["speaker"].tolist()[-1] == "David Bell"
