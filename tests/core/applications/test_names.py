"""Names typed on a form find the person the applicant meant, or say why not."""

from __future__ import annotations

from mentordesk.core.applications.names import (
    Candidate,
    NameIndex,
    Outcome,
    name_key,
    possible_duplicates,
)

REGISTRY = [
    Candidate(1, "Ingrid Sørensen", "ingrid@ccm.example"),
    Candidate(2, "Harold Wiśniewski"),
    Candidate(3, "Rosa Adams"),
    Candidate(4, "Alex Kim"),
    Candidate(5, "Alex Kim", "other.alex@ccm.example"),
    Candidate(6, "Ingrid Larsen"),
]


def test_a_mentor_typed_without_accents_is_the_registry_mentor() -> None:
    index = NameIndex(REGISTRY)
    assert index.resolve("Ingrid Sorensen").candidate_id == 1
    assert index.resolve("Harold Wisniewski").candidate_id == 2
    assert index.resolve("harold WISNIEWSKI").outcome is Outcome.FOLDED


def test_last_name_first_is_the_same_person() -> None:
    resolution = NameIndex(REGISTRY).resolve("Adams, Rosa")
    assert resolution.candidate_id == 3
    assert "Rosa Adams" in resolution.describe()
    assert "Adams, Rosa" in resolution.describe()


def test_a_small_typo_is_forgiven_but_a_different_name_is_not() -> None:
    index = NameIndex(REGISTRY)
    close = index.resolve("Ingrid Sorenson")
    assert close.outcome is Outcome.FUZZY and close.candidate_id == 1
    assert index.resolve("Ingrid Lindqvist").outcome is Outcome.UNRESOLVED
    assert index.resolve("Ingrid").outcome is Outcome.UNRESOLVED


def test_two_people_of_one_name_are_reported_not_guessed() -> None:
    resolution = NameIndex(REGISTRY).resolve("alex kim")
    assert resolution.outcome is Outcome.AMBIGUOUS
    assert resolution.candidate is None
    assert {c.id for c in resolution.rivals} == {4, 5}
    assert "could be Alex Kim or Alex Kim" in resolution.describe()


def test_an_email_names_exactly_one_person() -> None:
    index = NameIndex(REGISTRY)
    assert index.resolve("Other.Alex@ccm.example").candidate_id == 5
    assert index.resolve("").outcome is Outcome.EMPTY


def test_names_fold_alike_whatever_the_spelling() -> None:
    assert name_key("José Benítez") == name_key("Benitez, Jose") == name_key("JOSE  BENITEZ")
    assert name_key("Dr. Helen Wu") == name_key("Helen Wu")


def test_duplicates_are_found_with_the_same_folding() -> None:
    found = possible_duplicates(
        [
            (1, "José Benítez", "jose@uni.example"),
            (2, "Jose Benitez", "jbenitez@gmail.example"),
            (3, "Ana López", "ana@uni.example"),
            (4, "Ana Lopes", "ANA@uni.example"),
        ]
    )
    assert set(found) == {1, 2, 3, 4}
    assert "José Benítez" in found[2]
    assert "email" in found[4]
