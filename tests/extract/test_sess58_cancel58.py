"""Plans a government's own page calls off: a briefing or release with no dateline speaks for the state its heading
or publisher names, so a sitting told only by its partner ("Q: Are the talks with Togo still on?", "What is the
status of the negotiations with Fiji?") is that state's with the partner; an answer that tells the asked-of sitting
off ("Those talks are suspended until further notice", "It's off", "They will not go ahead") cancels it, while one
put off to a day keeps it planned. Near-misses: a page no government frames, a sitting between two others, a partner
met just before, a meeting that went ahead despite calls to cancel it. Invented sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2135, 3, 9)  # the day of writing


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _briefing(city: str, *turns: str) -> str:
    """A ministry's briefing transcript in ``city``, one paragraph a turn."""
    return "\n\n".join((f"Ministry of Foreign Affairs, {city} - press briefing by the Spokesperson", *turns))


@pytest.mark.parametrize("text, sides, status", [
    # East Africa: a sitting called off, told by its partner alone
    (_briefing("Nairobi", "SPOKESPERSON AMANI OTIENO-WAFULA: The border talks with Tanzania have been called off "
                          "because of the floods."), ["Kenya", "Tanzania"], "cancelled"),
    # South-East Asia: a sitting ahead
    (_briefing("Manila", "SPOKESPERSON LIGAYA DIMAANO-REYES: The trade talks with Vietnam will open in Hanoi on "
                         "Monday."), ["Philippines", "Vietnam"], "scheduled"),
    # Maghreb: negotiations put off with no new day
    (_briefing("Rabat", "SPOKESPERSON NADIA BENKIRANE-ALAOUI: The fisheries negotiations with Mauritania, due in "
                        "Nouakchott this month, have been postponed indefinitely."), ["Morocco", "Mauritania"],
     "cancelled"),
    # West Africa: a question on the talks, answered "they will not go ahead"
    (_briefing("Accra", "Q: Are the security talks with Burkina Faso still on for next week?",
               "SPOKESPERSON KWAME OSEI-BAFFOUR: They will not go ahead; Ouagadougou asked for more time."),
     ["Ghana", "Burkina Faso"], "cancelled"),
    # Andes: a dialogue asked of, answered by "that meeting has been postponed"
    (_briefing("Lima", "REPORTER: Is the security dialogue with Quito still on for next month?",
               "SPOKESPERSON ROSA QUILCA-MENDEZ: That meeting has been postponed at Ecuador's request."),
     ["Peru", "Ecuador"], "cancelled"),
    # South-East Asia: shelved
    (_briefing("Jakarta", "Q: Is the maritime dialogue with Kuala Lumpur still going ahead?",
               "SPOKESPERSON DEWI HARAHAP: It has been shelved for now."), ["Indonesia", "Malaysia"], "cancelled"),
    # Pacific: the status asked of, put off until further notice
    (_briefing("Wellington", "Q: Any news on the fisheries negotiations with Fiji?",
               "SPOKESPERSON MERE TAHANA-WILLIAMS: They have been postponed until further notice."),
     ["New Zealand", "Fiji"], "cancelled"),
    # Pacific: put off to a month, still planned
    (_briefing("Wellington", "Q: Any news on the fisheries negotiations with Fiji?",
               "SPOKESPERSON MERE TAHANA-WILLIAMS: They have been postponed until May."),
     ["New Zealand", "Fiji"], "scheduled"),
    # North America: a prime minister's office, its head's dated line naming the capital
    ("OFFICE OF THE PRIME MINISTER\nMedia availability with the Press Secretary, Claire Dufresne-Akande\n"
     "Ottawa, March 9, 2135\n\nQUESTION: What's the status of the softwood negotiations with Chile?\n\n"
     "DUFRESNE-AKANDE: Those talks are suspended until further notice.", ["Canada", "Chile"], "cancelled"),
    # Central America: a Secretaría's briefing, in its own language's word for a ministry
    ("Secretaría de Relaciones Exteriores - Press briefing, Mexico City (transcript)\n\n"
     "REPORTER: Is the migration dialogue with Guatemala still on for next week?\n\n"
     "SPOKESPERSON: That meeting has been postponed at Guatemala's request.", ["Mexico", "Guatemala"], "cancelled"),
    # Balkans: "it's off"
    (_briefing("Belgrade", "Q: Is the energy meeting with Hungary still on?",
               "SPOKESPERSON MILENA JOVKOVIC-RASIC: It's off, I'm afraid."), ["Serbia", "Hungary"], "cancelled"),
])
def test_a_governments_own_sitting(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("talks", "meeting", "negotiation"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, absent", [
    # a sitting between two others: the briefing's state is no side
    (_briefing("Nairobi", "SPOKESPERSON AMANI OTIENO-WAFULA: The talks between Sudan and the rebel alliance, due in "
                          "Juba next week, have been called off."), "Kenya"),
    # a page no government frames
    ("The Andean Weekly\n\nOpinion: The trade talks with Ecuador have been suspended, and nobody in the capital "
     "seems to mind.", "Peru"),
    ("The Nairobi Chronicle\n\nQ: What's the status of the talks with Tanzania?\n\n"
     "A: Those talks are suspended until further notice.", "Kenya"),
])
def test_no_side_of_the_page(run, text, absent):
    rows = event_rows(run(text))
    assert not any(absent in n for r in rows for n in r[1]), rows


def test_went_ahead_despite_calls_to_cancel(run):
    rows = event_rows(run(_briefing("Nairobi", "SPOKESPERSON AMANI OTIENO-WAFULA: The meeting with Ethiopia went "
                                               "ahead despite calls to cancel it.")))
    assert not has_row(rows, ("meeting",), [], "cancelled"), rows


def test_put_off_to_a_day_is_still_planned(run):
    rows = event_rows(run(_briefing("Hanoi", "QUESTION: Are the boundary talks with Laos still on?",
                                    "SPOKESPERSON TRAN MINH-KHOA: They have been postponed to April.")))
    assert not has_row(rows, ("talks",), [], "cancelled"), rows


@pytest.mark.parametrize("text, kind, sides, status", [
    # East Africa: a prospect given up
    ("A summit between Kenya and Uganda is no longer on the cards, officials in Nairobi said.", "summit",
     ["Kenya", "Uganda"], "cancelled"),
    # Andes: talks off the table
    ("Talks between Chile and Bolivia are no longer on the table after the border shooting.", "talks",
     ["Chile", "Bolivia"], "cancelled"),
    # South-East Asia: a trip no longer in the works
    ("A visit by the Thai premier to Cambodia is no longer in the works, his office said.", "visit",
     ["Thailand", "Cambodia"], "cancelled"),
    # near-misses: a prospect still open
    ("A summit between Kenya and Uganda is on the cards for May, officials said.", "summit", ["Kenya", "Uganda"],
     "proposed"),
    ("Talks between Chile and Bolivia are still on the table, officials said.", "talks", ["Chile", "Bolivia"],
     "proposed"),
])
def test_a_prospect_no_longer_open(run, text, kind, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, (kind,), [[s] for s in sides], status), rows


@pytest.mark.parametrize("answer, status, day", [
    # the reason first, the sitting put off after "so", no new day
    ("The Mongolian side told us it could not attend on those dates, so the summit has been postponed; we have no "
     "new date yet.", "cancelled", None),
    # called off by the government that answers
    ("Ulaanbaatar pulled out, so we have called it off.", "cancelled", None),
    # put off to a month: still planned, for then
    ("The Mongolian side asked for more time, so it has been put off to July.", "scheduled", "2135-07"),
])
def test_an_answer_after_its_reason(run, answer, status, day):
    rows = event_rows(run(_briefing("Seoul", "Q: Is the summit between South Korea and Mongolia in Busan still on "
                                             "for June?", f"SPOKESPERSON HAN JI-WOO: {answer}")))
    assert has_row(rows, ("summit",), [["South Korea"], ["Mongolia"]], status, day=day), rows


@pytest.mark.parametrize("text, kind, sides, status", [
    # East Africa: "they", the talks just planned, called off
    ("Kenya and Uganda had planned border talks in Kampala for next week. They have now been called off.", "talks",
     ["Kenya", "Uganda"], "cancelled"),
    # South America: "it", the summit pencilled in, put off with no new day
    ("A summit between Chile and Peru was pencilled in for May in Arica. It has been postponed indefinitely.",
     "summit", ["Chile", "Peru"], "cancelled"),
    # Caucasus: "it will not go ahead"
    ("The Armenian and Georgian premiers were due to meet in Tbilisi on Thursday. It will not go ahead, officials "
     "said.", "meeting", ["Armenia", "Georgia"], "cancelled"),
    # near-misses: put off to a day, put off before, went ahead
    ("Bolivia and Paraguay had planned water talks for March. They have been postponed to April.", "talks",
     ["Bolivia", "Paraguay"], "scheduled"),
    ("Senegal and Gambia will hold talks in Banjul next week. They were postponed twice last year.", "talks",
     ["Senegal", "Gambia"], "scheduled"),
    ("A summit between Chile and Peru was pencilled in for May in Arica. It went ahead despite the protests.",
     "summit", ["Chile", "Peru"], None),
])
def test_a_plan_called_off_in_the_next_sentence(run, text, kind, sides, status):
    rows = event_rows(run(text))
    if status is None:
        assert not has_row(rows, (kind,), [], "cancelled"), rows
    else:
        assert has_row(rows, (kind,), [[s] for s in sides], status), rows
