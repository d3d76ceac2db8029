"""A person's file as they can read it: every fact the database holds about them, in words,
no internal field; its JSON twin reads back into the same facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import personal_file, privacy
from app.documents.page import Facts, Heading, Paragraph, Table
from app.documents.personal import personal_file as personal_document
from app.steps import needs
from tests.test_privacy import SECRET, _everything_about

#: Free-text columns: whatever the owner typed there must reach the person's file as typed.
TYPED = {"name", "job", "notes", "stop_reason", "learnt", "to_practise", "conclusion"}
TYPED |= {"can_do_alone", "ideas", "comments", "said", "place", "title"}

#: Keys that only make sense inside Tandem.
INTERNAL = {"id", "changed_in", "changed_by", "shop_id", "uid", "availability", "generated"}
INTERNAL |= {"sequence", "active", "builtin", "position", "created_at"}


def _keys_and_values(found: Any) -> tuple[set[str], list[object]]:
    keys: set[str] = set()
    values: list[object] = []
    if isinstance(found, dict):
        for key, value in found.items():
            keys.add(key)
            more_keys, more_values = _keys_and_values(value)
            keys |= more_keys
            values += more_values
    elif isinstance(found, list):
        for item in found:
            more_keys, more_values = _keys_and_values(item)
            keys |= more_keys
            values += more_values
    else:
        values.append(found)
    return keys, values


def test_every_table_about_a_person_or_their_pairs_has_its_place() -> None:
    about = privacy.person_references() + privacy.pair_references()
    assert {model._meta.table_name for model, _ in about} == set(personal_file.TABLE_SECTIONS)


def test_every_text_typed_about_the_person_is_in_their_file(database: object) -> None:
    someone, _ = _everything_about(SECRET)
    raw = privacy.export_person(someone)
    facts = personal_file.personal_facts(someone)
    _, shown = _keys_and_values(facts)
    readable = "\n".join(str(value) for value in shown)
    typed = [
        value
        for rows in raw.values()
        for row in (rows if isinstance(rows, list) else [rows])
        for key, value in row.items()
        if key in TYPED and isinstance(value, str) and value.strip()
    ]
    assert len(typed) >= 8
    missing = [value for value in typed if value not in readable]
    assert missing == []


def test_the_file_holds_no_internal_field_and_names_what_the_database_numbers(
    database: object,
) -> None:
    someone, _ = _everything_about(SECRET)
    facts = personal_file.personal_facts(someone)
    keys, values = _keys_and_values(facts)
    assert not keys & INTERNAL
    assert not [key for key in keys if key.endswith("_id")]
    assert facts["wants_to_learn"] == [
        {
            "topic": "Newsletter",
            "level_now": "Never done it",
            "level_to_reach": "On their own",
            "priority": "Second priority",
        }
    ]
    assert facts["can_teach"] == [{"topic": "Spreadsheets", "level": "Can teach it"}]
    assert {pair["with"] for pair in facts["pairs"]} == {"Karim", "Bernard"}
    assert {pair["role"] for pair in facts["pairs"]} == {"Mentor", "Mentee"}
    assert facts["how_they_get_along"] == [
        {"with": "Karim", "as_the_owner_sees_it": "Get along well"}
    ]
    assert facts["not_held"]
    numbers = [value for value in values if isinstance(value, int) and not isinstance(value, bool)]
    assert all(0 <= number <= 600 for number in numbers)  # minutes and marks, never a mask


def test_the_json_reads_back_into_the_same_facts(database: object, tmp_path: Path) -> None:
    someone, _ = _everything_about(SECRET)
    facts = personal_file.personal_facts(someone)
    path = personal_file.write_personal_json(facts, tmp_path / "file.json")
    text = path.read_text(encoding="utf-8")
    assert SECRET in text  # accents as typed, not escaped
    back = json.loads(text)
    assert back == facts
    assert [need["topic"] for need in back["wants_to_learn"]] == [
        need.topic_name for need in needs.list_needs(someone)
    ]
    assert back["person"]["notes"] == needs.get_person(someone).notes


def test_the_printed_file_says_the_same_facts(database: object) -> None:
    someone, _ = _everything_about(SECRET)
    facts = personal_file.personal_facts(someone)
    document = personal_document(someone)
    printed = []
    for block in document.sections[0].blocks:
        if isinstance(block, Paragraph | Heading):
            printed.append(block.text)
        elif isinstance(block, Facts):
            printed += [f"{label} {value}" for label, value in block.rows]
        elif isinstance(block, Table):
            printed += [" ".join(row) for row in block.rows]
    whole = "\n".join(printed)
    for text in (
        facts["person"]["notes"],
        "Never done it",
        "Karim",
        "Bernard",
        *(session["learnt"] for pair in facts["pairs"] for session in pair["sessions"]),
        *facts["not_held"],
    ):
        assert text in whole, text
