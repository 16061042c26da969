"""Session 15 (frun7): a recipe's ingredients above its steps in flattened text
(audioed/read/ingredients.py) are the story's, though each line is short; a price list or a
column of years is not taken for one."""

from flat_page import kinds, page

from audioed.read import ingredients
from audioed.read.build import RawBlock

MENU = ["Recipes", "Dinner", "Baking", "Desserts", "Shop", "Plum Crumble with Oat Topping"]
RATING = ["4.7 stars", "Ingredients"]
ITEMS = ["For the fruit:", "600 g plums, halved", "2 tablespoons brown sugar", "1 teaspoon ground cinnamon",
         "For the topping:", "120 g rolled oats", "80 g cold butter, diced", "½ cup flour"]
SPLIT = ["1/4", "cup butter", "1", "cup packed brown sugar", "1", "jar cherries, drained", "1", "box cake mix"]
NUTRITION = ["Nutrition per serving", "Energy", "410 kcal", "Protein", "6 g", "Fat", "18 g", "Print recipe",
             "Save to my cookbook", "Steps", "Hide images"]
STEPS = [
    "Heat the oven to 180 degrees and butter a shallow baking dish large enough for the plums in one layer.",
    "Lay the plums cut side up in the dish, sprinkle them with the sugar and the cinnamon, and set them aside.",
    "Rub the butter into the oats and the flour with your fingertips until the mixture looks like coarse crumbs.",
    "Scatter the topping over the fruit and bake for about forty minutes, until the juice bubbles at the edges.",
    "Leave the crumble to stand for ten minutes before serving it warm with cream or a spoonful of yogurt.",
]
FOOTER = ["About us", "Contact", "Privacy", "Newsletter"]


def test_a_recipes_ingredients_above_its_steps_are_heard():
    got = kinds(page(MENU, RATING, ITEMS, NUTRITION, STEPS, FOOTER))
    assert all(got[x] == "paragraph" for x in ITEMS + STEPS), {x: got[x] for x in ITEMS}
    assert all(got[x] != "paragraph" for x in NUTRITION[1:] + FOOTER)


def test_amounts_set_on_their_own_line_over_what_they_measure():
    got = kinds(page(MENU, RATING, SPLIT, NUTRITION, STEPS, FOOTER))
    assert all(got[x] == "paragraph" for x in SPLIT if not x.isdigit())


def test_years_numbered_steps_and_contents_are_no_list_of_quantities():
    lines = ["2016 Artuke Joven", "2017 Bodegas Rioja Crianza", "2018 Vina Real Reserva", "2019 Muga Blanco",
             "1. Open the menu", "2. Choose a date", "3. Pay online", "4. Print the ticket", "Contents",
             "1 Schedule", "2 Relationships", "3 Gifts", "3.1 Love", "3.2 Like", "4 Quotes"]
    raw = [RawBlock(x) for x in lines + STEPS]
    assert ingredients.quantity_lists(raw, (len(lines), len(raw) - 1)) == []
