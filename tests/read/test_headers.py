"""Headers over a page's own lists in other languages (audioed/read/headers.py): a link list of other
stories, a comment thread. Whole lines only: a subheading or a sentence using the same words is the
story's."""

import pytest

from audioed.read.cleanup import Context, more_stories
from audioed.read.story import comments_header, thread_header
from flat_page import kinds, page

CTX = Context()


@pytest.mark.parametrize("text", ["Noticias relacionadas", "Más sobre Conflicto minero", "Leia também",
                                  "Articles liés", "Lire aussi", "Mehr zum Thema Energie", "Související",
                                  "Czytaj także", "Читайте также", "【関連記事】", "相关文章", "Lees ook"])
def test_link_list_headers_in_other_languages(text):
    assert more_stories(text, CTX)


@pytest.mark.parametrize("text", ["Más de cien muertos en la costa", "Mehr Geld für die Schulen",
                                  "Lire aussi le rapport du maire, publié lundi, qui détaille les coûts."])
def test_subheadings_and_sentences_with_those_words_are_no_header(text):
    assert not more_stories(text, CTX)


@pytest.mark.parametrize("text", ["Comentarios", "Kommentare (12)", "Enviá tu comentario", "Lascia un commento",
                                  "Laisser un commentaire", "Deixe seu comentário"])
def test_comment_thread_headers_in_other_languages(text):
    assert comments_header(text) and thread_header(text)


HISTORIA = [
    "El concejo municipal aprobó el martes duplicar los cruces del ferry a la isla, y puso fin a una disputa "
    "que dividía el puerto desde hace tres años.",
    "Los pasajeros se quejaban desde hacía meses de que los barcos de la mañana llegaban llenos al segundo "
    "muelle, y el propio recuento del concejo mostraba filas en cada cruce.",
    "El nuevo horario empieza en junio, cuando dos barcos alquilados se sumen a la flota, dijo el concejo en "
    "un comunicado enviado a la prensa.",
    "Las tarifas no cambiarán este año, aunque el concejo advirtió que el precio del combustible podría "
    "obligar a subirlas en otoño si sigue en alza.",
    "Los comercios de la isla celebraron la decisión y dijeron que los barcos llenos habían alejado a los "
    "visitantes de fin de semana durante dos veranos seguidos.",
]
CABECERA = ["Secciones", "Inicio", "Mundo", "Economía", "Cruces del ferry se duplicarán tras la votación",
            "Por Ana Ruiz"]


def test_a_spanish_related_header_and_comment_box_after_the_story_are_not_read():
    after = ["Más sobre Transporte", "Enviá tu comentario",
             "Los comentarios publicados son de exclusiva responsabilidad de sus autores y pueden ser moderados.",
             "Para poder comentar tenés que ingresar con tu usuario."]
    got = kinds(page(CABECERA, HISTORIA, after))
    assert all(got[a] == "chrome" for a in after)
    assert all(got[p] == "paragraph" for p in HISTORIA)
