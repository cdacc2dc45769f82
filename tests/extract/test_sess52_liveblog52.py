"""Live blogs: a stamp with a short zone ("3:15 p.m. ET", "18:20 MSK") opens an entry, its zone stays with its time,
and "have just finished a meeting" tells the meeting held that day; with near-misses that must give no held event:
invented pages and sentences."""

from __future__ import annotations

import json

import pytest

import diplograph
from diplograph.timex.dateline import entry_stamps, stamp_line

CASES = [
("p1", "2088-05-14", """CANADA TODAY
Home | Politics | World
LIVE UPDATES
Prime minister in Mexico City for trade talks - live
Last updated 6:10 p.m. ET, May 14, 2088

6:05 p.m. ET
That's it for today. Prime Minister Elise Charbonneau and Mexican President Rodrigo Salcedo Ibarra have finished their talks at the National Palace.

2:20 p.m. ET
Charbonneau and Salcedo Ibarra have signed a memorandum on critical minerals.

11:40 a.m. ET
Good morning. Charbonneau landed in Mexico City overnight.
""", [("talks", {"Charbonneau", "Salcedo"}, "held", "2088-05-14"), ("signing", {"Charbonneau", "Salcedo"}, "held", "2088-05-14")], []),
("p2", "2091-02-03", """PACIFIC WIRE
LIVE: Forum foreign ministers in Suva

10:45 a.m. PT
Papua New Guinea's foreign minister, Kila Wambi, held talks with his Fijian counterpart, Litia Vakarua, on the margins this morning.

9:30 a.m. PT
The ministers' meeting has opened at the Grand Pacific Hotel.
""", [("talks", {"Wambi", "Vakarua"}, "held", "2091-02-03")], []),
("p3", "2093-11-20", """THE GULF OBSERVER
Live updates: Doha talks, day three

16:50
The Qatari and Turkish foreign ministers have just finished a meeting at the Sheraton. No statement yet.

13:10
Turkey's foreign minister turned down an invitation to the working lunch on Monday, an official says.

09:00
Good morning from Doha.
""", [("meeting", {"Qatar", "Turkey"}, "held", "2093-11-20")], []),
("p4", "2095-07-08", """KENYA NEWS LIVE
EAC summit in Arusha - live

15:35 EAT
Presidents Wanjiru Kamau of Kenya and Joseph Mushi of Tanzania have finished a bilateral meeting at the AICC.

12:05 EAT
The summit opened at noon.
""", [("meeting", {"Kamau", "Mushi"}, "held", "2095-07-08")], []),
("p5", "2097-09-02", """RADIO MOSCOW INTERNATIONAL
Live: Lavrenko in Beijing

18:20 MSK
Foreign Minister Pavel Lavrenko and his Chinese counterpart Zhou Minghao have signed a plan of consultations for next year.

14:00 MSK
Lavrenko and Zhou are now holding talks at the Diaoyutai guesthouse.
""", [("talks", {"Lavrenko", "Zhou"}, "held", "2097-09-02")], []),
("p6", "2099-03-11", """THE EVENING STANDARD
EU leaders' summit - live

09.40 GMT
The Irish taoiseach, Sean Brannigan, and the Belgian prime minister, Lotte Claes, have finished breakfast talks.

08.15 GMT
Leaders are arriving.
""", [("talks", {"Brannigan", "Claes"}, "held", "2099-03-11")], []),
# oldest-first, no zones
("p7", "2100-06-30", """LIVE BLOG
Leaders in Santiago

08:30 - Chile's president, Tomas Varela, will meet Argentina's president, Lucia Benavidez, at La Moneda at noon.

12:40 - Varela and Benavidez finished their meeting after ninety minutes.
""", [("meeting", {"Varela", "Benavidez"}, "held", "2100-06-30")], []),
# sentences
("s1", "2090-04-02", "Vietnamese Foreign Minister Tran Van Hoa and Lao Foreign Minister Somsack Phommavong finished their talks in Hanoi on Tuesday.", [("talks", {"Tran", "Somsack"}, "held", None)], []),
("s2", "2090-04-02", "Indonesia's President Ratna Suharyo and Malaysian Prime Minister Hamzah Ismail finished talks in Jakarta on Monday and signed three agreements.", [("talks", {"Suharyo", "Hamzah"}, "held", None)], []),
("s3", "2090-04-02", "Senegal and Mali have not finished preparing the joint commission.", [], ["held"]),
("s4", "2090-04-02", "Peru's foreign minister Ana Quispe said she would finish her talks with Bolivian Foreign Minister Diego Mamani in Lima next week.", [("talks", {"Quispe", "Mamani"}, "scheduled", None)], ["held"]),
("s5", "2090-04-02", "The Finnish president finished his speech to parliament on Monday.", [], ["held"]),
("s6", "2090-04-02", "Kazakhstan's president has finished a three-day state visit to Uzbekistan.", [("visit", {"Kazakhstan", "Uzbekistan"}, "held", None)], []),
("s7", "2090-04-02", "The engineers finished building the stadium in Accra.", [], ["held"]),
]



@pytest.mark.parametrize("line", ["3:15 p.m. ET", "11:40 a.m. PT", "18:20 MSK", "09.40 GMT", "15:35 EAT"])
def test_stamp_lines(line):
    assert stamp_line(line)


def test_entry_stamps_with_short_zone():
    text = "LIVE UPDATES\nTalks - live\n\n6:05 p.m. ET\nThat is it.\n\n11:40 a.m. ET\nGood morning.\n"
    assert len(entry_stamps(text)) == 2


@pytest.mark.parametrize("cid, pub, text, expected, forbidden", CASES, ids=[c[0] for c in CASES])
def test_live_pages(tmp_path, cid, pub, text, expected, forbidden):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": cid, "text": text, "published": pub}) + "\n")
    diplograph.build([str(src)], out=str(tmp_path / "o"))
    records = json.loads((tmp_path / "o" / "records.json").read_text())
    names = {a["id"]: a["name"] for a in records["actors"]}
    events = [(e["type"], [names.get(x) or x for x in e.get("participants", [])], e.get("status"), e.get("date"))
              for e in records["events"]]
    for kind, who, status, day in expected:
        assert any(e[0] == kind and all(any(w in n for n in e[1]) for w in who) and e[2] == status
                   and (day is None or e[3] == day) for e in events), events
    assert not any(e[2] in forbidden for e in events), events
