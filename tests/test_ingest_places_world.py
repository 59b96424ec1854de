"""More shapes of where an attack happened, found by reading profiles from outside the Maghreb
and the Sahel (issue #11's places, with #12's reading): each in four or more wordings of our
own, through one ingest of a profile whose Major Attacks entries are these sentences.

Precision first, as in `test_ingest_places_shapes.py`: a district named after its chief town is
never the town, a victim's nationality is never a place, a sea is a place and a river beside a
town is not, and a distance at sea ("60 nautical miles west of Hodeidah") only locates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG, PLACE
from tests.hermetic import DATA

# (sentence, the attack's places: gazetteer keys, "part:<label>@<whole key>" for a place the
# gazetteer lacks stated inside another, "unknown" for none)
ENTRIES: list[tuple[str, set[str]]] = [
    # a town sharing its name with a more populous one abroad: the one in the profile's areas
    # (Ireland, Yemen, Pakistan), unless the sentence names another country
    ("A bomb exploded outside a courthouse in Dundalk.", {"dundalk-2964540"}),
    ("Fighters overran an army post in Al Bayda.", {"al-bayda-79836"}),
    ("Gunmen attacked a shrine in Hyderabad.", {"hyderabad-1176734"}),
    ("A bomb went off in a bar in Waterford.", {"waterford-2960992"}),
    ("Gunmen attacked a checkpoint in Al Bayda, Libya.", {"al-bayda-89055"}),
    ("A parcel bomb exploded at a post office in Kati, India.", {"kati-1267481"}),
    # a district or territory named after its chief town: the district (a part of what holds
    # the town), never the town
    ("Militants attacked a police post in Chitral district.",
     {"part:Chitral district@pk-kp"}),
    ("Rebels massacred farmers in Beni territory.", {"part:Beni territory@cd-nk"}),
    ("A roadside bomb killed soldiers in Bannu district.", {"part:Bannu district@pk-kp"}),
    ("Gunmen ambushed a convoy in the Kohat district.", {"part:Kohat district@pk-kp"}),
    # ... and a village the text puts inside such a district: inside what holds the district
    ("Rebels killed villagers at Kalunguta, in Beni territory, at night.",
     {"part:Kalunguta@cd-nk"}),
    ("Gunmen attacked a police station at Zarkani, Dera Ismail Khan district.",
     {"part:Zarkani@pk-kp"}),
    ("Fighters burnt the market in Ngadi, in Beni territory.", {"part:Ngadi@cd-nk"}),
    ("A bomb exploded in Booni, Chitral district.", {"part:Booni@pk-kp"}),
    # a named building, a comma and its city, with no "in": the city
    ("Two bombs went off outside the Pearl Continental Hotel, Peshawar.", {"peshawar-1168197"}),
    ("A suicide bomber struck the Data Darbar Shrine, Lahore.", {"lahore-1172451"}),
    ("Gunmen stormed Bacha Khan University, Charsadda; students were killed.",
     {"charsadda-1181439"}),
    ("A grenade was thrown into the Central Mosque, Kano.", {"kano-2335204"}),
    # ... but only a city: a ministry and a country is no place
    ("The Interior Ministry, Nigeria blamed the group for the raid.", {"unknown"}),
    # a list whose last item is no name: every named item
    ("Bombs exploded in Kano, Kaduna, Jos and several other cities.",
     {"kano-2335204", "kaduna-2335727", "jos-2335953"}),
    ("Militants bombed churches in Jakarta, Surabaya and other towns.",
     {"jakarta-1642911", "surabaya-1625822"}),
    ("Cells struck in Lahore, Multan, Faisalabad and a few other places.",
     {"lahore-1172451", "multan-1169825", "faisalabad-1179400"}),
    ("Fighters raided villages in Gao, Ménaka and many smaller hamlets.",
     {"gao-2457163", "menaka-2453514"}),
    # a sea or a gulf is a place (data/places.ttl), a part of it a part; a river only locates
    ("A missile hit a tanker in the Red Sea.", {"red-sea"}),
    ("Pirates boarded a freighter in the Gulf of Aden.", {"gulf-of-aden"}),
    ("A mine damaged a bulk carrier in the southern Red Sea.",
     {"part:southern Red Sea@red-sea"}),
    ("Gunmen attacked an oil platform in the Gulf of Guinea.", {"gulf-of-guinea"}),
    ("A ferry was attacked on the Niger River near Gao.", {"unknown"}),
    ("Fighters shelled a camp in Gao, on the Niger River.", {"gao-2457163"}),
    ("Rebels fired on barges on the Congo River.", {"unknown"}),
    ("Gunmen ambushed a boat on the Benue River in Makurdi.", {"makurdi-2331140"}),
    # a distance at sea only locates: nautical miles as kilometres
    ("A drone hit a tanker about 60 nautical miles west of Hodeidah.", {"unknown"}),
    ("A freighter was struck 40 nm south of Mukalla.", {"unknown"}),
    ("A missile struck a tanker in the Gulf of Aden, 70 nautical miles east of Aden.",
     {"gulf-of-aden"}),
    ("Pirates hijacked a ship 200 nautical miles off Mogadishu.", {"unknown"}),
    ("A warship was attacked off the coast of Somalia.", {"unknown"}),
    # "off" a town: the town; "off X, County Y": a town the gazetteer lacks, in that county
    ("A bomb sank a fishing boat off Kilkee, County Clare.", {"part:Kilkee@ie-ce"}),
    ("Militants fired on a trawler off Ballycotton, County Cork.", {"part:Ballycotton@ie-co"}),
    ("Gunmen attacked a ferry off Mogadishu.", {"mogadishu-53654"}),
    ("A speedboat exploded off Aden.", {"aden-415189"}),
    # the city of an airport or a port named after it; "took control of" a city
    ("Missiles hit Sanaa airport before dawn.", {"sanaa-71137"}),
    ("A shell struck a ship moored in Aden port.", {"aden-415189"}),
    ("Rebels took control of Kidal after two days of fighting.", {"kidal-2455290"}),
    ("Fighters took over Mopti without a fight.", {"mopti-2453348"}),
    # a street, a square or a market "of" a city
    ("A car bomb exploded in the main street of Maiduguri.", {"maiduguri-2331447"}),
    ("A grenade was thrown into the central square of Gao.", {"gao-2457163"}),
    ("A suicide bomber struck the old market of Kano.", {"kano-2335204"}),
    # a town the gazetteer lacks, described and located by a distance from another town
    ("Bombs exploded in Pendolo, a lakeside town about 80 km south of Poso in Central "
     "Sulawesi.", {"part:Pendolo@id-st"}),
    ("Gunmen killed farmers in Mavivi, a small village 10 km north of Beni in North Kivu.",
     {"part:Mavivi@cd-nk"}),
    # an island written beside its town: the town, not the island
    ("Bombs exploded in two bars in Kuta, on Bali.", {"kuta-1639002"}),
    ("Gunmen attacked a resort in Jolo, on Jolo Island.", {"jolo-1710141"}),
    # subdivisions after an adjective of nationality; a district the gazetteer lacks
    ("Fighters burnt villages in the Nigerian states of Borno and Yobe.", {"ng-bo", "ng-yo"}),
    ("Rockets hit towns in the Saudi border provinces of Jizan and Najran.", {"sa-09", "sa-10"}),
    ("A drone strike killed five men in South Waziristan.", {"south-waziristan"}),
    ("Militants attacked an army fort in North Waziristan.", {"north-waziristan"}),
    ("A bomb exploded in a pub in Northern Ireland.", {"gb-nir"}),
    # the city a branch or an office of something is named after
    ("Robbers emptied the vaults of the Belfast headquarters of a bank.",
     {"belfast-2655984"}),
    ("Gunmen stormed the Nairobi office of a newspaper.", {"nairobi-184745"}),
    ("A parcel bomb wrecked the Lagos branch of a bank.", {"lagos-2332459"}),
    # a country that speaks, is accused, or names a branch of an organisation is no place
    ("The Sinai Province of the Islamic State claimed a bombing in Cairo.", {"cairo-360630"}),
    ("The Yemen Province of the Islamic State claimed the attack.", {"unknown"}),
    ("Iraq and the United States blamed the group for a bombing in Kirkuk.",
     {"kirkuk-94787"}),
    ("Officials attributed the drone strikes to Iran, which denied any part.", {"unknown"}),
    ("Investigators blamed the blast on Syria.", {"unknown"}),
    # the motive a claim cites is not where the attack happened
    ("Gunmen stormed a school in Quetta, citing the army offensive in North Waziristan.",
     {"quetta-1167528"}),
    ("Bombers struck a market in Lahore in revenge for the military operation in Swat.",
     {"lahore-1172451"}),
    ("Citing the crackdown in Kashmir, militants attacked a bus in Jammu.", {"jammu-1269321"}),
    ("To avenge the campaign against Mosul, fighters attacked a convoy in Kirkuk.",
     {"kirkuk-94787"}),
    ("A bomb sank a fishing boat off Mullaghmore, County Sligo, hours before a bombing "
     "near Warrenpoint.", {"part:Mullaghmore@ie-so"}),
    # victims' nationalities are not places
    ("Gunmen killed fifteen Tanzanian peacekeepers and five Congolese soldiers.", {"unknown"}),
    ("An ambush killed two Kenyan soldiers.", {"unknown"}),
    ("The bomb killed 12 Nigerian policemen.", {"unknown"}),
    ("Kidnappers seized three Malaysian tourists.", {"unknown"}),
]
FIRST_DAY = date(2003, 1, 1)


def _day(i: int) -> str:
    return (FIRST_DAY + timedelta(days=i)).isoformat()


def _profile() -> str:
    entries = "\n\n".join(
        f"{(FIRST_DAY + timedelta(days=i)).strftime('%B %-d, %Y')}:\u00a0{sentence} (1 killed)"
        for i, (sentence, _) in enumerate(ENTRIES)
    )
    return (
        "Terrorism Profiles\n\nWorld Shapes Front (WSF)\n\nAlternative Names:\n\n"
        "Front des Formes du Monde\n\n"
        "Worldwide: Pakistan, Nigeria, Indonesia, Yemen, Uganda, DR Congo, Ireland, Mali.\n\n"
        "Omar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"The group emerged in 2009.\n\nMajor Attacks:\n\n{entries}\n"
    )


@pytest.fixture(scope="module")
def places():
    return load([DATA / "places.ttl"], with_ontology=False).dataset


@pytest.fixture(scope="module")
def ingested(places, tmp_path_factory):
    folder = tmp_path_factory.mktemp("world")
    return ingest_profile(folder / "wsf.txt", text=_profile(), existing=places)


def _attack_places(result, day: str) -> set[str]:
    graph = result.dataset
    attacks = {s for s, _, o, _ in graph.quads((None, KG.edtf, Literal(day), None))}
    assert len(attacks) == 1, f"one attack on {day}"
    attack = next(iter(attacks))
    found: set[str] = set()
    for _, _, place, _ in graph.quads((attack, KG.place, None, None)):
        label = next((str(o) for _, _, o, _ in graph.quads((place, SKOS.prefLabel, None, None))),
                     None)
        if label is not None:  # stated by this profile: a part or a town the gazetteer lacks
            found |= {f"part:{label}@{str(o)[len(str(PLACE)) :]}"
                      for _, _, o, _ in graph.quads((place, KG.locatedIn, None, None))}
        else:
            found.add(str(place)[len(str(PLACE)) :])
    return found


@pytest.mark.parametrize(
    ("i", "sentence", "expected"),
    [(i, s, e) for i, (s, e) in enumerate(ENTRIES)],
    ids=[s[:60] for s, _ in ENTRIES],
)
def test_the_attack_lands_where_the_sentence_puts_it(ingested, i, sentence, expected):
    assert _attack_places(ingested, _day(i)) == expected


# ----------------------------------------------------------------- areas of operation

AREA_LINES = [
    # "the Saudi border provinces of Jizan and Najran": subdivisions of the adjective's country,
    # never the towns of those names
    ("The Middle East: the Saudi border provinces of Jizan and Najran.",
     {"middle-east", "sa-09", "sa-10"}),
    ("West Africa: the Nigerian states of Borno, Yobe and Adamawa.",
     {"west-africa", "ng-bo", "ng-yo", "ng-ad"}),
    ("South Asia: the Afghan provinces of Kunar and Nuristan.",
     {"south-asia", "af-knr", "af-nur"}),
    ("The Middle East: the Yemeni governorates of Saada and Hajjah.",
     {"middle-east", "ye-sd", "ye-hj"}),
    # parts and districts, with the filler words analysts write around them
    ("South Asia: Pakistan (above all South Waziristan and North Waziristan).",
     {"south-asia", "pakistan", "south-waziristan", "north-waziristan"}),
    ("Central Africa: the Democratic Republic of the Congo (North Kivu, in particular Beni "
     "territory).",
     {"central-africa", "democratic-republic-of-the-congo", "cd-nk",
      "part:Beni territory@cd-nk"}),
    ("Southeast Asia: Indonesia (central Java above all), the Philippines.",
     {"southeast-asia", "indonesia", "part:central Java@indonesia", "philippines"}),
    ("The Middle East: the Red Sea and the Gulf of Aden.",
     {"middle-east", "red-sea", "gulf-of-aden"}),
    # two parts of one whole, and one designator for two subdivisions, written once
    ("The Arabian Peninsula: northern and western Yemen.",
     {"arabian-peninsula", "part:northern Yemen@yemen", "part:western Yemen@yemen"}),
    ("Central and East Africa: the Democratic Republic of the Congo.",
     {"central-africa", "east-africa", "democratic-republic-of-the-congo"}),
    ("South Asia: northern and eastern Sri Lanka.",
     {"south-asia", "part:northern Sri Lanka@sri-lanka", "part:eastern Sri Lanka@sri-lanka"}),
    ("The Sahel: Mali (the Gao and Timbuktu regions).", {"sahel", "mali", "ml-7", "ml-6"}),
    # a place whose own name starts with a direction is that place, not a part of another:
    # Northern Ireland is GB-NIR, never a part of Ireland, and Belfast lies in it
    ("Europe: Northern Ireland (chiefly Belfast).", {"europe", "gb-nir", "belfast-2655984"}),
    # a region of a continent the data lacks is never the continent (kept as text)
    ("Western Europe: Spain, continental Europe.", {"western-europe", "spain"}),
    ("Asia: Malaysia, mainland Asia.", {"asia", "malaysia"}),
]


def _areas(places, tmp_path, line: str) -> set[str]:
    text = (
        "Terrorism Profiles\n\nAreas Front (ARF)\n\nAlternative Names:\n\nFront des Zones\n\n"
        f"{line}\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\nJune 2010:\u00a0The group attacked a "
        "barracks. (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "arf.txt", text=text, existing=places).dataset
    found: set[str] = set()
    for _, _, place, _ in graph.quads((None, KG.areaOfOperation, None, None)):
        label = next((str(o) for _, _, o, _ in graph.quads((place, SKOS.prefLabel, None, None))),
                     None)
        if label is None:
            found.add(str(place)[len(str(PLACE)) :])
        else:
            found |= {f"part:{label}@{str(o)[len(str(PLACE)) :]}"
                      for _, _, o, _ in graph.quads((place, KG.locatedIn, None, None))}
    return found


@pytest.mark.parametrize(("line", "expected"), AREA_LINES, ids=[a[:40] for a, _ in AREA_LINES])
def test_every_area_is_the_place_or_the_part_the_line_names(places, tmp_path, line, expected):
    assert _areas(places, tmp_path, line) == expected
