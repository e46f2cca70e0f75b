"""Persons versus organisations, and academic author lists.

Expected names are read off the strings by hand; the anystyle-derived list
strings come from /work/shared/data/anystyle/anystyle.jsonl (the ids are given),
with family names read off the gold author segment.
"""

from __future__ import annotations

import pytest

from refharvest.model import Name
from refharvest.parse.names import is_organisation, looks_like_person, parse_person, scan_authors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("Bahtiyar Abdülkerimov", True, id="tr-person"),
        pytest.param("Robert M. Cutler", True, id="middle-initial"),
        pytest.param("He Yin", True, id="short-chinese-name"),
        pytest.param("Vusal Guliyev", True, id="az-person"),
        pytest.param("Seyda Nur OSMANLI", True, id="caps-family"),
        pytest.param("Anadolu Ajansı", False, id="tr-agency"),
        pytest.param("U.S. Department of State", False, id="department"),
        pytest.param("Council of the European Union", False, id="council"),
        pytest.param("ISSI", False, id="acronym"),
        pytest.param("ABD AB", False, id="acronyms"),
        pytest.param("S. DEHAENE", True, id="initial-and-caps-family"),  # anystyle-web:203
        pytest.param("A.LALANDE", True, id="glued-initial"),  # anystyle-gold:1475
        pytest.param("Times of Central Asia", False, id="newspaper"),
        pytest.param("Japonya Dışişleri Bakanlığı Resmi Sayfası", False, id="tr-ministry-page"),
        pytest.param("Strengthening Ties with Central Asian Nations", False, id="title"),
        pytest.param("Central Asia Investment Forum 2022", False, id="digits"),
    ],
)
def test_looks_like_person(text: str, person: bool) -> None:
    assert looks_like_person(text) is person


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        pytest.param("Ministry of Foreign Affairs of Japan", True, id="ministry"),
        pytest.param("Avrupa İmar ve Kalkınma Bankası Resmi Sayfası", True, id="tr-bank"),
        pytest.param("Министерство иностранных дел", True, id="ru-ministry"),
        pytest.param("Bahtiyar Abdülkerimov", False, id="person"),
        # Joining words mark an organisation in lower case only; capitalised
        # they are names (written for this test, the names as printed in
        # anystyle-gold:639 "P. Del’Haye" and AnyStyle's high.xml "H. M. Pour").
        pytest.param("Fondation pour l’innovation politique", True, id="fr-joining-word"),
        pytest.param("Ministry Of Foreign Affairs", True, id="title-cased-ministry"),
        pytest.param("H. M. Pour", False, id="pour-as-family"),
        pytest.param("X. Du", False, id="du-as-family"),
        pytest.param("Per Olsson", False, id="per-as-given"),
        pytest.param("P. Del’Haye", False, id="del-as-family"),
        pytest.param("Bank Of America", True, id="capitalised-of-beside-bank"),
        # AnyStyle stanford.xml: "Page, Walter Hines and Arthur Wilson Page."
        pytest.param("Walter Hines Page", False, id="page-as-family"),
        pytest.param("Facebook page of the ministry", True, id="page-in-lower-case"),
    ],
)
def test_is_organisation(text: str, organisation: bool) -> None:
    assert is_organisation(text) is organisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He Yin", Name(family="Yin", given="He"), id="order-kept"),
        pytest.param("Robert M. Cutler", Name(family="Cutler", given="Robert M."), id="initial"),
        pytest.param("Nichols, Bill", Name(family="Nichols", given="Bill"), id="inverted"),
        pytest.param(
            "Ludwig van Beethoven", Name(family="van Beethoven", given="Ludwig"), id="particle"
        ),
    ],
)
def test_parse_person(text: str, expected: Name) -> None:
    assert parse_person(text) == expected


@pytest.mark.parametrize(
    ("text", "families", "rest"),
    [
        pytest.param(  # anystyle-gold:0
            "Bergk, V., Haefeli, W. E., Gasse, C., Brenner, H. & Martin- Facklam, M. Information "
            "deficits",
            ["Bergk", "Haefeli", "Gasse", "Brenner", "Martin- Facklam"],
            " Information deficits",
            id="inverted-ampersand",
        ),
        pytest.param(  # anystyle-gold:35
            "Dennemärker J, Lohmüller T, Mayerle J, Reinheckel T. Deficiency",
            ["Dennemärker", "Lohmüller", "Mayerle", "Reinheckel"],
            " Deficiency",
            id="vancouver",
        ),
        pytest.param(  # anystyle-gold:20
            "AM Trinkoff, JA Lipscomb, J Geiger-Brown, CL Storr and BA Brady: Perceived",
            ["Trinkoff", "Lipscomb", "Geiger-Brown", "Storr", "Brady"],
            ": Perceived",
            id="initials-first",
        ),
        pytest.param(  # anystyle-gold:4 (shortened)
            "O. Ambacher, B. Foutz, J. R. Shealy, and M. Stutzmann, J. Appl. Phys. 87",
            ["Ambacher", "Foutz", "Shealy", "Stutzmann"],
            ", J. Appl. Phys. 87",
            id="direct-initials-and-stops-at-journal",
        ),
        pytest.param(  # anystyle-web:19
            "Hisakata, Rumi, et al. “An Adaptable Metric",
            ["Hisakata"],
            " “An Adaptable Metric",
            id="et-al",
        ),
        pytest.param(
            "Smith, John, and Mary Jones. Title",
            ["Smith", "Jones"],
            ". Title",
            id="mla-last-name-direct",
        ),
        pytest.param(  # anystyle-gold:88
            "R. H. Bube, Photovoltaic Materials, Imperial College Press, 1998.",
            ["Bube"],
            ", Photovoltaic Materials, Imperial College Press, 1998.",
            id="initials-list-stops-at-a-spelt-out-title",
        ),
        pytest.param(  # anystyle-gold:630 (shortened)
            "A. S. Helmy, P. Abolghasem, J. Stewart Aitchison, and S. Wagner, “Recent",
            ["Helmy", "Abolghasem", "Aitchison", "Wagner"],
            ", “Recent",
            id="initials-list-initial-then-given-name",
        ),
        pytest.param(  # anystyle-gold:165
            "F. Jahanian and Al Mok. Safety analysis",
            ["Jahanian", "Mok"],
            ". Safety analysis",
            id="initials-list-last-name-spelt-out",
        ),
        pytest.param(  # anystyle-gold:949 (shortened): "Li" is a given name, not an initial
            "Li Yao, Atousa Torabi, and Aaron Courville. Describing videos",
            ["Yao", "Torabi", "Courville"],
            ". Describing videos",
            id="given-names-list",
        ),
        pytest.param(  # anystyle-gold:903 (shortened): "Das" is a surname, not German "das"
            "Sajal K Das, Diane J Cook, and Tze-Yun Lin. The role of prediction",
            ["Das", "Cook", "Lin"],
            ". The role of prediction",
            id="surname-das",
        ),
        pytest.param(  # anystyle-gold:323 (shortened): particles are no organisation words
            'B. van der Pol and J. van der Mark (1927) "Frequency demultiplication,"',
            ["van der Pol", "van der Mark"],
            ' (1927) "Frequency demultiplication,"',
            id="particles-van-der",
        ),
        pytest.param(  # anystyle-gold:1205
            "Del Rey, Lester. The Eleventh Commandment.",
            ["Del Rey"],
            ". The Eleventh Commandment.",
            id="particle-del",
        ),
        pytest.param(  # anystyle-gold:1348
            "Vargas Llosa, Mario. The Perpetual Orgy: Flaubert and Madame Bovary.",
            ["Vargas Llosa"],
            ". The Perpetual Orgy: Flaubert and Madame Bovary.",
            id="two-word-family-name",
        ),
        pytest.param(  # anystyle-gold:1399 (shortened): capitals after a name are initials
            "Darter BJ, Wilken JM. Energetic consequences",
            ["Darter", "Wilken"],
            " Energetic consequences",  # the period closes the initials "JM."
            id="vancouver-not-two-word-family",
        ),
        pytest.param(  # anystyle-web:118 (shortened): the last name in the list's own form
            "Rosen JE, Chan L, Shieh DB, & Gu F X. Iron oxide nanoparticles",
            ["Rosen", "Chan", "Shieh", "Gu"],
            " Iron oxide nanoparticles",
            id="vancouver-ampersand-last-name",
        ),
        pytest.param(  # anystyle-web:202 (shortened): Vancouver, then inverted names
            "Nilsson T.; Pelusio, F.; & Montanarella, L., 1995. An Evaluation",
            ["Nilsson", "Pelusio", "Montanarella"],
            ", 1995. An Evaluation",
            id="vancouver-then-inverted",
        ),
        pytest.param(  # anystyle-web:209 (shortened): APA 7's ellipsis before the last author
            "Caron, E., Ghosh, S., Lemieux, S., … Kitano, H. (2010). A comprehensive map",
            ["Caron", "Ghosh", "Lemieux", "Kitano"],
            " (2010). A comprehensive map",
            id="apa-ellipsis",
        ),
        pytest.param(  # anystyle-web:234 (shortened): "G.A" lost its last period
            "Moore, M.M.; Sega, G.A; & Brusick, D.J., 1995. Acrylamide",
            ["Moore", "Sega", "Brusick"],
            ", 1995. Acrylamide",
            id="initials-without-last-period",
        ),
        pytest.param(  # anystyle-gold:907 (shortened): a bare initial before a given name
            "Eric Brown, Eddie Epstein, J William Murdock, and Tong-Haing Fin. Tools and methods",
            ["Brown", "Epstein", "Murdock", "Fin"],
            ". Tools and methods",
            id="bare-initial-then-given-name",
        ),
        pytest.param(  # anystyle-gold:935 (shortened): an apostrophe in a given name
            "Raia Hadsell, Marc’Aurelio Ranzato, and Fu-Jie Huang. A tutorial",
            ["Hadsell", "Ranzato", "Huang"],
            ". A tutorial",
            id="apostrophe-in-given-name",
        ),
        pytest.param(  # anystyle-gold:963 (shortened): "Li." is a surname, not an initial
            "Ming Zhou, and Sheng Li. Hierar-chical recurrent neural network",
            ["Zhou", "Li"],
            ". Hierar-chical recurrent neural network",
            id="short-surname-before-title",
        ),
        pytest.param(  # anystyle-gold:970 (shortened): "Jr." after the given names
            'Hershey, Robert D., Jr. "Chemical New York Taps Commercial Paper Funds,"',
            ["Hershey"],
            ' "Chemical New York Taps Commercial Paper Funds,"',
            id="suffix-after-given-names",
        ),
        pytest.param(  # anystyle-gold:841 (shortened): "et al." after a semicolon
            "Ponder, J. W.; et al. “Current Status",
            ["Ponder"],
            " “Current Status",
            id="semicolon-et-al",
        ),
        pytest.param(  # anystyle-gold:1347 (shortened): four given names
            "Pereira, Maria Aparecida Viana Schtine. “‘O Coruja’",
            ["Pereira"],
            ". “‘O Coruja’",
            id="four-given-names",
        ),
        pytest.param(  # anystyle-gold:1649 (shortened): Vancouver, not "Shariq H. Energy"
            "Shariq H. Energy Optimization for Low Power Embedded Systems.",
            ["Shariq"],
            " Energy Optimization for Low Power Embedded Systems.",
            id="vancouver-before-capitalised-title",
        ),
        pytest.param(  # anystyle-gold:1461 (shortened): French "Family (Initials)"
            "Codou (Y.), Paysage religieux",
            ["Codou"],
            ", Paysage religieux",
            id="french-given-in-brackets",
        ),
        pytest.param(  # anystyle-gold:1421 (shortened): French lists, a period between names
            "JOUET, Emmanuelle. GREACEN, Tim. Pour « donner la chance aux gens ».",
            ["JOUET", "GREACEN"],
            ". Pour « donner la chance aux gens ».",
            id="french-list-periods",
        ),
        pytest.param(  # anystyle-gold:1627 (shortened): hyphenated initials after the family
            "POUPEAU F.-M., SCHLOSSER F., La régulation",
            ["POUPEAU", "SCHLOSSER"],
            ", La régulation",
            id="vancouver-hyphenated-initials",
        ),
        pytest.param(  # anystyle-gold:1411 (shortened): "E. Allen" then ", and"
            "Lind, E. Allen, and Tom R. Tyler (1988), The Social Psychology",
            ["Lind", "Tyler"],
            " (1988), The Social Psychology",
            id="initial-and-given-name-before-and",
        ),
        pytest.param(
            "Joseph A. Schumpeter, Capitalism, Socialism and Democracy",
            ["Schumpeter"],
            ", Capitalism, Socialism and Democracy",
            id="style-does-not-switch",
        ),
    ],
)
def test_scan_authors(text: str, families: list[str], rest: str) -> None:
    scan = scan_authors(text)
    assert [name.family for name in scan.names] == families
    assert text[scan.end :] == rest


def test_scan_authors_keeps_initials_as_given() -> None:
    scan = scan_authors("Greene, T. P., & Wilner, D. J. 1997")
    assert scan.names == [
        Name(family="Greene", given="T. P."),
        Name(family="Wilner", given="D. J."),
    ]
    assert scan.style == "inverted"
