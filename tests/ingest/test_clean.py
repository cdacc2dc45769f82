"""Clean-up rules on small pages in other outlets' styles, and offsets that survive them."""

from __future__ import annotations

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.ingest.clean.page import CleanResult, clean
from diplograph.ingest.clean.markup import blank_markdown

LEDE = ("The foreign ministers of Chile and Norway met in Santiago on Tuesday to discuss "
        "a fisheries agreement that has been stalled for two years, officials said.")
SECOND = ("Norwegian Foreign Minister Ingrid Aas told reporters the talks had been "
          "constructive and that a second round would follow in Oslo next month.")
THIRD = ("Chile's delegation said it expected the agreement to be signed before the end "
         "of the year, although several technical questions remain open.")


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def removed(result: CleanResult, raw: str) -> dict[str, str]:
    """Blanked text → rule that blanked it."""
    return {raw[r.start:r.end].strip(): r.rule for r in result.removed}


def assert_offsets(raw: str, text: str, base: int = 0) -> None:
    """Every character is the original one at ``base + i`` or a blank; breaks never move."""
    assert base + len(text) <= len(raw)
    for i, ch in enumerate(text):
        orig = raw[base + i]
        assert ch == orig or (ch == " " and not orig.isspace()), (i, ch, orig)


def assert_kept(result: CleanResult, raw: str, *paragraphs: str) -> None:
    for p in paragraphs:
        at = raw.index(p)
        assert result.text[at:at + len(p)] == p


def assert_blank(result: CleanResult, raw: str, *pieces: str) -> None:
    for p in pieces:
        at = raw.index(p)
        assert not result.text[at:at + len(p)].strip(), p


def test_wire_story_byline_timestamp_photo_credit_and_contributor_line():
    raw = page(
        "Chile and Norway restart fisheries talks after two-year pause",
        "By MARIA LOPEZ and TOM BERG",
        "Updated 3:42 PM GMT, March 5, 2024",
        "Norwegian Foreign Minister Ingrid Aas arrives in Santiago. (AP Photo/Luis Hidalgo)",
        "SANTIAGO, Chile (AP) — " + LEDE,
        SECOND,
        "Associated Press writer Jan Olsen in Oslo contributed to this report.",
        "Share",
        "Copy link",
    )
    r = clean(raw, "wire")
    got = removed(r, raw)
    assert got["By MARIA LOPEZ and TOM BERG"] == "byline"
    assert got["Updated 3:42 PM GMT, March 5, 2024"] == "chrome"
    assert got["Norwegian Foreign Minister Ingrid Aas arrives in Santiago. (AP Photo/Luis Hidalgo)"] \
        == "photo-credit"
    assert got["Associated Press writer Jan Olsen in Oslo contributed to this report."] == "byline"
    assert got["Share"] == got["Copy link"] == "chrome"
    assert r.title == "Chile and Norway restart fisheries talks after two-year pause"
    assert_kept(r, raw, r.title, "SANTIAGO, Chile (AP) — " + LEDE, SECOND)
    assert_offsets(raw, r.text)


def test_repeated_headline_is_blanked_but_first_copy_kept():
    head = "Kenya and Ethiopia agree to reopen border crossing"
    raw = page(head, "", head + " | East Africa Daily", "", LEDE, SECOND,
               "Kenya And Ethiopia Agree To Reopen Border Crossing", THIRD)
    r = clean(raw, "dup")
    starts = [i for i in range(len(raw)) if raw.startswith(head, i)]
    assert r.text[starts[0]:starts[0] + len(head)] == head
    assert not r.text[starts[1]:starts[1] + len(head)].strip()
    assert "repeated-headline" in r.rules()
    assert_blank(r, raw, "Kenya And Ethiopia Agree To Reopen Border Crossing")
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_known_title_blanks_its_copy_inside_the_body():
    title = "Envoys from Peru and Bolivia sign water-sharing pact"
    raw = page(LEDE, SECOND, title, THIRD)
    r = clean(raw, "t", title=title)
    assert_blank(r, raw, title)
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_editing_credits_line_and_inline_parenthesis():
    credits = "(Reporting by Ana Souza in Brasilia; Writing by Lee Chan; Editing by Kim Park)"
    raw = page(LEDE, SECOND + " " + credits, "Additional reporting by Omar Haddad in Cairo",
               "Compiled by our foreign desk")
    r = clean(raw, "credits")
    assert_blank(r, raw, credits, "Additional reporting by Omar Haddad in Cairo",
                 "Compiled by our foreign desk")
    assert_kept(r, raw, LEDE, SECOND)


def test_in_text_subheading_blanked_but_quoted_sentence_and_list_kept():
    raw = page(LEDE, "What Comes Next for the Fisheries Deal", SECOND,
               "“Negotiations Are Over”", "“We will sign.”", "- Salmon Quotas And Licences",
               THIRD)
    r = clean(raw, "sub")
    assert removed(r, raw)["What Comes Next for the Fisheries Deal"] == "teaser-headline"
    assert_blank(r, raw, "“Negotiations Are Over”")
    assert_kept(r, raw, LEDE, SECOND, THIRD, "“We will sign.”", "- Salmon Quotas And Licences")


def test_dateline_stays():
    raw = page("NAIROBI, Kenya —", LEDE, SECOND)
    r = clean(raw, "dl")
    assert_kept(r, raw, "NAIROBI, Kenya —", LEDE)


def test_newsletter_promo_inside_the_article_ends_where_the_article_resumes():
    raw = page(LEDE, "", "Get our morning briefing", "",
               "Sign up to receive the top stories in your inbox every weekday morning.",
               "Enter your email", "", SECOND, THIRD)
    r = clean(raw, "nl")
    assert_blank(r, raw, "Get our morning briefing", "Enter your email",
                 "Sign up to receive the top stories in your inbox every weekday morning.")
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_donation_appeal_and_app_advert_at_the_end_are_blanked():
    raw = page(
        LEDE, SECOND,
        "Help us keep reporting",
        "Our newsroom relies on readers like you. Please consider a donation today so we can "
        "keep our reporting free for everyone.",
        "Donate now",
        "Get the Harbour Times app",
        "Download it from the App Store or Google Play to read us on the go.",
    )
    r = clean(raw, "don")
    assert_kept(r, raw, LEDE, SECOND)
    assert_blank(r, raw, "Our newsroom relies on readers like you.", "Donate now",
                 "Get the Harbour Times app", "Download it from the App Store")


def test_cookie_banner_comments_and_tags_are_blanked():
    raw = page(
        "We use cookies to improve your experience on our site. By continuing you accept "
        "our cookie policy.",
        "Accept all",
        "Ministers in Lima seek accord on river dams",
        LEDE, SECOND,
        "Topics",
        "#Chile #Norway #Fisheries",
        "12 comments",
        "Log in to join the discussion",
    )
    r = clean(raw, "ck")
    assert_blank(r, raw, "We use cookies", "Topics", "#Chile #Norway", "12 comments",
                 "Log in to join the discussion")
    assert r.title == "Ministers in Lima seek accord on river dams"
    assert_kept(r, raw, LEDE, SECOND)


def test_related_block_gives_teasers_with_labels_blanked():
    raw = page(
        LEDE, SECOND, "", "More stories", "",
        "Coastal Herald", "3 hours ago", "Port strike in Valparaiso enters second week",
        "Dockworkers in Valparaiso extended their strike on Monday, demanding higher wages "
        "and shorter shifts as exports of copper began to pile up.",
        "", "",
        "Pacific Wire", "Yesterday",
        "Norway opens new research station in Antarctica",
        "The station, built over three summers, will house up to forty scientists studying "
        "ice cores and the effects of warming on krill populations.",
    )
    r = clean(raw, "rel")
    assert_kept(r, raw, LEDE, SECOND)
    assert_blank(r, raw, "More stories", "Port strike in Valparaiso", "Dockworkers in Valparaiso")
    assert [t.title for t in r.related] == [
        "Port strike in Valparaiso enters second week",
        "Norway opens new research station in Antarctica"]
    assert [t.publisher for t in r.related] == ["Coastal Herald", "Pacific Wire"]
    for t in r.related:
        assert t.text.lstrip().startswith(t.title)  # labels blanked, not dropped
        assert "3 hours ago" not in t.text and "Yesterday" not in t.text
        assert_offsets(raw, t.text, t.start)
        assert len(t.text) == t.end - t.start


def test_headline_list_in_plain_text_ends_at_two_paragraphs_in_a_row():
    raw = page(LEDE, "Read more", "Peru recalls ambassador", "Bolivia names new envoy",
               SECOND, THIRD)
    # Plain text shows no links: the paragraph after the last headline reads as its
    # summary, and the second paragraph in a row shows the article is back.
    r = clean(raw, "list")
    assert [t.title for t in r.related] == ["Peru recalls ambassador", "Bolivia names new envoy"]
    assert_kept(r, raw, LEDE, THIRD)


def test_inline_read_more_link_is_blanked_alone():
    raw = page(LEDE, "READ MORE: Peru and Chile sign port deal", SECOND, THIRD)
    r = clean(raw, "inl")
    assert removed(r, raw)["READ MORE: Peru and Chile sign port deal"] == "teaser-link"
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_markdown_links_give_link_density_for_teaser_lists():
    md = page("# Ministers meet in Lima", "", LEDE, "", "[Other news one about ports](/a)",
              "[Other news two about dams](/b)", "", SECOND, THIRD)
    text, links = blank_markdown(md)
    r = clean(text, "md", links=links)
    assert r.title == "Ministers meet in Lima"
    assert [t.title for t in r.related] == ["Other news one about ports", "Other news two about dams"]
    assert "link-list" in r.rules()
    assert_kept(r, md, LEDE, SECOND, THIRD)
    assert_offsets(md, r.text)


def test_photo_credit_with_source_domain_or_label():
    raw = page("Santiago harbour at dawn. gob.cl", "Photo: Elena Ruiz / Harbour Times",
               "Picture by Jon Smith", LEDE, SECOND)
    r = clean(raw, "ph")
    got = removed(r, raw)
    assert got["Santiago harbour at dawn. gob.cl"] == "photo-credit"
    assert got["Photo: Elena Ruiz / Harbour Times"] == "photo-credit"
    assert got["Picture by Jon Smith"] == "photo-credit"
    assert_kept(r, raw, LEDE, SECOND)


def test_sentence_that_merely_mentions_a_cue_word_is_kept():
    raw = page(LEDE, "Read more than two hundred pages of the draft treaty.",
               "Russia refused to subscribe.", SECOND)
    r = clean(raw, "cw")
    assert_kept(r, raw, LEDE, "Read more than two hundred pages of the draft treaty.",
                "Russia refused to subscribe.", SECOND)


def test_plain_article_is_untouched():
    raw = page(LEDE, SECOND, THIRD)
    r = clean(raw, "plain")
    assert r.text == raw
    assert r.removed == () and r.related == ()
    assert r.kept == ((0, len(raw)),)


def test_windows_line_breaks_and_empty_input():
    raw = "Talks in Oslo end without deal\r\n" + LEDE + "\r\nShare\r\n"
    r = clean(raw, "crlf")
    assert len(r.text) == len(raw) and r.text.count("\r\n") == 3
    assert_blank(r, raw, "Share")
    assert clean("", "empty").text == ""


def test_keep_reading_list_with_screen_reader_labels_and_bracketed_credit():
    raw = page(
        "Skip to content", "World", "Talks on Nile dam to resume in Addis Ababa",
        "Published On 2 Jul 2024", LEDE,
        "Delegates arrive at the conference hall in Cairo [File: Omar Sayed/AFP]",
        SECOND, "Source: News agencies", "Keep reading", "list of 2 items", "list 1 of 2",
        "Floods force thousands from homes in Khartoum", "list 2 of 2",
        "Libyan rivals meet in Tunis for budget talks", "end of list")
    r = clean(raw, "kr")
    got = removed(r, raw)
    assert got["Skip to content"] == "chrome" and got["World"] == "kicker"
    assert got["Published On 2 Jul 2024"] == "chrome"
    assert got["Delegates arrive at the conference hall in Cairo [File: Omar Sayed/AFP]"] \
        == "photo-credit"
    assert got["Source: News agencies"] == "byline"
    assert [t.title for t in r.related] == ["Floods force thousands from homes in Khartoum",
                                            "Libyan rivals meet in Tunis for budget talks"]
    assert all("list" not in t.text for t in r.related)
    assert_kept(r, raw, "Talks on Nile dam to resume in Addis Ababa", LEDE, SECOND)


def test_header_byline_without_by_topic_tags_and_reuse_notice():
    raw = page(
        "Lithuania and Poland sign air defence accord",
        "This article is more than 1 year old",
        "Defence ministers say joint patrols will start in spring",
        "Rita Kaz and Piotr Nowak in Vilnius", "Tue 4 Jun 2024 10.15 BST",
        LEDE, SECOND, "Explore more on these topics", "Lithuania", "Poland", "Share",
        "Reuse this content")
    r = clean(raw, "hb")
    got = removed(r, raw)
    assert got["Rita Kaz and Piotr Nowak in Vilnius"] == "byline"
    assert got["This article is more than 1 year old"] == "chrome"
    assert_blank(r, raw, "Explore more on these topics", "Lithuania\n", "Poland\n",
                 "Reuse this content")
    assert_kept(r, raw, "Defence ministers say joint patrols will start in spring", LEDE, SECOND)


def test_page_title_keeps_its_first_copy_as_headline():
    title = "Envoys agree on new round of Nile talks"
    raw = page(title, LEDE, SECOND, title)
    r = clean(raw, "pt", title=title)
    assert r.title == title and raw.startswith(r.text[:len(title)])
    assert r.text.rstrip().endswith(SECOND)


_LINES = st.sampled_from([
    LEDE, SECOND, "", "Related Articles", "3 hours ago", "By Jane Roe", "Share",
    "Sign up for our newsletter", "A Short Title Case Line", "Photo: Ann Lee",
    "(Reporting by A; Editing by B)", "READ MORE: Something happens", "#one #two",
]) | st.text(max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_clean_never_raises_and_keeps_offsets(parts, sep):
    raw = sep.join(parts)
    links = [(i, min(len(raw), i + 7)) for i in range(0, len(raw), 23)]
    for r in (clean(raw, "fuzz"), clean(raw, "fuzz", links=links, title=parts[0] if parts else None)):
        assert len(r.text) == len(raw)
        assert_offsets(raw, r.text)
        for s, e in r.kept:
            assert 0 <= s < e <= len(raw) and r.text[s:e] == raw[s:e]
        for t in r.related:
            assert 0 <= t.start <= t.end <= len(raw) and len(t.text) == t.end - t.start
            assert_offsets(raw, t.text, t.start)


def test_more_on_outlet_opens_a_teaser_block() -> None:
    """A short "More on <Outlet>" line starts related-article teasers, not body text."""
    from diplograph.ingest.clean.page import clean

    page = ("Ministers agree on grain corridor\n"
            "Ministers from Ghana and Togo agreed on Monday to open a grain corridor.\n"
            "More on Coastline Daily\n"
            "Chile and Peru sign fisheries pact in Lima\n"
            "Tanzania hosts regional energy forum\n")
    result = clean(page, "p1")
    assert "Chile" not in result.text and "Tanzania" not in result.text
    assert "Ghana" in result.text
    assert any("Chile" in page[r.start:r.end] for r in result.related)


def test_signer_and_office_lines_are_kept_but_a_lone_kicker_is_not():
    raw = page("Press Statement", "Tomas Lindqvist", "Department Spokesperson", "Stockholm", "", LEDE, "", SECOND)
    r = clean(raw, "sig")
    assert_kept(r, raw, "Tomas Lindqvist", "Department Spokesperson", LEDE)
    assert removed(r, raw).get("Press Statement") == "kicker"


@pytest.mark.parametrize("name", ["Senator the Hon Marnie Coltrane", "The Hon Wiremu Tane-Harris MP"])
def test_a_members_styled_name_above_its_office_is_a_signer_the_release_keeps(name):
    raw = page(name, "Minister for Foreign Affairs", "", "Media release", "Date: 2030-12-03", "",
               "Visit to the Pacific", "", LEDE, "", SECOND)
    r = clean(raw, "styled")
    assert_kept(r, raw, name, "Minister for Foreign Affairs", LEDE)


def test_lines_above_the_headline_go_and_the_headline_is_the_one_the_lede_speaks_of():
    raw = page("Trending Now", "Markets slide as oil prices jump on supply fears",
               "Heatwave grips southern Europe for a second week",
               "Chile and Norway resume stalled fisheries talks in Santiago",
               "12 mins ago", "Teachers strike over pay in three provinces", LEDE, SECOND)
    r = clean(raw, "order")
    assert r.title == "Chile and Norway resume stalled fisheries talks in Santiago"
    assert_blank(r, raw, "Markets slide as oil prices jump", "Heatwave grips",
                 "Teachers strike over pay")
    assert_kept(r, raw, r.title, LEDE, SECOND)


def test_after_the_last_paragraph_only_furniture_is_left_but_signers_and_short_sentences_stay():
    raw = page("Chile and Norway restart fisheries talks", LEDE, SECOND,
               "The talks continue.", "Ingrid Aas", "Foreign Minister", "Fisheries",
               "Chile", "Is this page useful?", "Yes", "No", "Sitemap", "Contact us")
    r = clean(raw, "tail")
    assert_kept(r, raw, LEDE, SECOND, "The talks continue.", "Ingrid Aas", "Foreign Minister")
    assert_blank(r, raw, "Fisheries", "Is this page useful?", "Sitemap", "Contact us")
    assert removed(r, raw)["Chile"] == "footer"


def test_transcript_labels_and_a_paragraph_cut_short_survive_the_tail():
    raw = page("Remarks Before Their Meeting", "John Kerry", "Secretary of State", "Rome, Italy",
               "SECRETARY KERRY: " + SECOND, "QUESTION: (Inaudible.)",
               "Analysts say the delegations still disagree on the timetable and on who would",
               "Print")
    r = clean(raw, "remarks")
    assert r.title == "Remarks Before Their Meeting"
    assert_kept(r, raw, "John Kerry", "Secretary of State", "QUESTION: (Inaudible.)",
                "Analysts say the delegations still disagree on the timetable and on who would")
    assert_blank(r, raw, "Print")


def test_legal_contact_share_and_caption_lines_in_several_shapes():
    raw = page("Chile and Norway restart fisheries talks", LEDE,
               "The ministers meet in Santiago on Tuesday. PHOTO | FOREIGN MINISTRY",
               "Delegates at the talks. Picture: SUPPLIED", SECOND,
               "Share This Story, Choose Your Platform!", "Facebook Twitter WhatsApp",
               "For any feedback, reach us on WhatsApp: 0700 000 000", "desk@example.org",
               "All rights reserved. This material may not be reproduced without permission.",
               THIRD)
    r = clean(raw, "legal")
    got = removed(r, raw)
    assert got["The ministers meet in Santiago on Tuesday. PHOTO | FOREIGN MINISTRY"] == "photo-credit"
    assert got["Delegates at the talks. Picture: SUPPLIED"] == "photo-credit"
    assert got["Share This Story, Choose Your Platform!"] == "chrome"
    assert got["Facebook Twitter WhatsApp"] == "chrome"
    assert got["desk@example.org"] == "notice"
    assert got["All rights reserved. This material may not be reproduced without permission."] \
        == "notice"
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_related_cues_in_other_languages_and_a_headline_list_that_ends_at_a_paragraph():
    raw = page("Chile and Norway restart fisheries talks", LEDE, "Leia também",
               "Governo anuncia novo pacote para o sul", "Câmara aprova projeto de renegociação",
               SECOND, THIRD, "Читайте также:", "Казахстан и Узбекистан обсудили транзит")
    r = clean(raw, "langs")
    assert_kept(r, raw, LEDE, SECOND, THIRD)
    assert_blank(r, raw, "Leia também", "Governo anuncia", "Читайте также:", "Казахстан")


def test_comments_run_on_over_readers_prose_next_to_reply_labels():
    raw = page("Chile and Norway restart fisheries talks", LEDE, SECOND, "Comments", "23 comments",
               "Min-su K.", "2 hours ago",
               "It is about time the two governments talked again instead of arguing about history.",
               "Reply", "Dave_1987", "1 hour ago",
               "I doubt this agreement will survive the next election in either of the two countries.",
               "Reply")
    r = clean(raw, "comments")
    assert_kept(r, raw, LEDE, SECOND)
    assert_blank(r, raw, "It is about time", "I doubt this agreement")


def test_comments_signed_on_their_own_line_by_handle_or_posting_time():
    raw = page("Chile and Norway restart fisheries talks", LEDE, SECOND, "Comments (3)",
               "Harbour_Watcher: Another meeting in Santiago and the quotas will stay exactly where they are.",
               "Pia L. 12.03.2025. 09:41 - The ministers should meet the fishermen in Tromso before signing anything.",
               "Tomas 12.03.2025, 10:02 | Why does the minister fly to Oslo every single month for talks?",
               "Terms of use | Privacy")
    r = clean(raw, "signed-comments")
    assert_kept(r, raw, LEDE, SECOND)
    assert_blank(r, raw, "Another meeting in Santiago", "The ministers should meet", "Why does the minister")


def test_article_paragraph_after_a_comment_count_is_not_a_comment():
    raw = page("Chile and Norway restart fisheries talks", LEDE, "Comments (0)", SECOND, THIRD)
    r = clean(raw, "no-comments")
    assert_kept(r, raw, LEDE, SECOND, THIRD)


def test_date_headings_of_a_listing_stay_but_a_lone_date_is_blanked():
    listing = page("Readouts of the envoy's meetings", "19 February 2025", "Envoy's meeting with Chile", LEDE,
                   "18 February 2025", "Envoy's call with Norway", SECOND)
    r = clean(listing, "listing")
    assert_kept(r, listing, "19 February 2025", "18 February 2025", LEDE, SECOND)
    single = page("Chile and Norway restart fisheries talks", "19 February 2025", LEDE, SECOND)
    assert_blank(clean(single, "single"), single, "19 February 2025")


def test_repeated_short_lines_are_labels_but_speaker_labels_are_not():
    raw = page("Chile and Norway restart fisheries talks", "Coastal Herald", LEDE, "MODERATOR:",
               SECOND, "MODERATOR:", THIRD, "Coastal Herald")
    r = clean(raw, "repeat")
    assert removed(r, raw)["Coastal Herald"] in ("repeated-line", "footer")
    at = raw.index("MODERATOR:")
    assert r.text[at:at + 10] == "MODERATOR:"
    assert_kept(r, raw, LEDE, SECOND, THIRD)
