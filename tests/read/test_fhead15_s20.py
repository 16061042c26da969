"""Picture credits in other newsrooms' shapes, session 20 (branch fhead15, read/cleanup.py): a wire's
capitals over a slash and the photographer ("PAP/ Jo Lee"), German and French labels ("Bild: Jo Lee",
"Bildrechte: MDR/Jo Lee", "Crédits photos : Jo Lee"), a label then a copyright sign ("Foto © Jo Lee"),
a caption closed by "Bild Jo Lee" after its stop; and the menu's label pairs and a page's copyright
that stay no credit. Made-up lines."""

import pytest

from audioed.read import cleanup
from audioed.read.prose import Context

CTX = Context()


@pytest.mark.parametrize("text", [
    "PAP/ Anna Kowalska",
    "imago images / Jonas Berg",
    "Bild: Anna Berg",
    "Bildrechte: Hafenblatt/Jonas Berg",
    "Bildquelle: Fährgesellschaft",
    "Crédits photos : Agence Port",
    "FOTOS: © JONAS BERG",
    "Foto © Anna Berg",
    "Die Pendler am zweiten Steg (von links) warten auf das erste Boot. Bild Anna Berg",
])
def test_credit_shapes_are_captions(text):
    assert cleanup.classify(text, CTX) == "caption"


@pytest.mark.parametrize("text", [
    "FAQ/Hilfe",  # a menu's pair of labels, no person after the slash
    "AR / VR",
    "Copyright © 2023 Harbor Ledger. All rights reserved.",  # a page's copyright stays chrome
    "© Copyright by Harbor Media SA",
    "Veröffentlicht am 5. Mai 2023, 14:09 / ©hafenblatt.de",  # a date line's site credit
])
def test_labels_and_page_rights_are_no_picture_credit(text):
    assert cleanup.classify(text, CTX) != "caption"

