"""The engine benchmark's prompts and sampling, shared by the app path and the baselines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.types import SamplingParams

PROMPT_TOKENS = 512  # the prefill size, as llama-bench's pp512
SEED = 1234

# The same sampling for the app and the baseline (llama_cpp's own create_completion defaults,
# plus the app's repeat penalty over 64 tokens). A fixed seed makes runs comparable.
TEMPERATURE, TOP_K, TOP_P, MIN_P, REPEAT_PENALTY, REPEAT_LAST_N = 0.8, 40, 0.95, 0.05, 1.1, 64

# Neutral, descriptive prose that a model continues rather than ends; cut to PROMPT_TOKENS.
# Each paragraph starts with a different word: round r's prompt starts at paragraph r, so no
# run shares a prefix with the one before it and the engine's prompt cache cannot shorten
# its prefill (the engine keeps the previous request's tokens in the context).
PARAGRAPHS = (
    "The river rises in a ring of low hills to the north of the valley, where several small "
    "streams gather in a marshy basin before they cut a narrow channel through the limestone. "
    "For the first few miles the water runs quickly over gravel beds, past stands of alder and "
    "willow, and the banks are steep enough that the old road keeps well away from them. Below "
    "the mill at the village of Harrow the valley widens, the current slows, and the river "
    "begins the long series of bends that gave the district its name.",
    "Farming in the lower valley has always followed the seasons of the river. In early spring "
    "the meadows along the banks are often under water for a week or two, and the silt that "
    "the floods leave behind keeps the soil rich. Farmers plant barley and oats on the higher "
    "fields, keep the wet meadows for hay, and graze sheep on the slopes above the tree line. "
    "The market at the county town has been held on the same square every Thursday for more "
    "than four hundred years, and it still sells wool, cheese, apples and timber.",
    "Merchants founded the town around a stone bridge of seven arches, built to replace a "
    "wooden crossing that was carried away in a great flood. They built their houses close to the "
    "bridge, with shops on the ground floor and storerooms above, and the narrow lanes that run "
    "down to the water still follow the lines of their old gardens. A small museum in the former "
    "customs house keeps maps, tools and account books from those years, along with a model of "
    "the bridge as it looked before the railway came.",
    "Railways reached the valley in the middle of the nineteenth century. It followed the "
    "river for most of its length, crossing and recrossing it on iron bridges, and it changed "
    "the life of the district within a generation. Quarries opened in the hills to send stone "
    "to the cities, a brickworks was built beside the station, and the population of the town "
    "nearly doubled. Many of the terraced streets on the east side date from that time, and the "
    "station building, with its clock tower and long canopy, is now a protected landmark.",
    "Today the valley is better known for walking than for industry. A long-distance path "
    "follows the river from its source to the estuary, using old towpaths, farm tracks and "
    "the bed of a branch line that closed many years ago. Walkers usually take five or six "
    "days over the whole route, stopping at inns and farmhouses along the way. The most "
    "popular section runs through the gorge below the quarries, where the path climbs above "
    "the water and there are wide views across the valley to the hills on the far side.",
    "Birdwatchers come for the reed beds near the estuary, where herons, egrets and several "
    "kinds of warbler nest each summer. In winter large flocks of geese and wading birds feed "
    "on the mudflats at low tide, and a trust that manages the reserve has built hides along "
    "the sea wall so that visitors can watch them without disturbing them. Volunteers count "
    "the birds every month, and their records, which now cover more than fifty years, show "
    "how the numbers of each species have changed as the climate and the farming have changed.",
    "Mild weather is usual in the valley for most of the year, though the hills catch a good deal "
    "of rain from the west. Autumn is often the most settled season, with clear mornings, mist "
    "lying along the river until the middle of the day, and long still evenings. The orchards "
    "on the southern slopes are harvested in September and October, and many of the farms "
    "press their own cider, which is sold at the gate and in the shops of the town together "
    "with honey, preserves and bread baked in wood-fired ovens.",
)

# The stop trials' short prompt (latency is a decode matter); its first word is in no
# paragraph's start, so it never lends a cached prefix to a measured run.
STOP_PROMPT = (
    "Once the lamps were lit, the keeper climbed the spiral stairs of the lighthouse, wound the "
    "clockwork that turned the great lens, and sat down by the window to write the day's entry "
    "in the log, as keepers before him had done every evening for a hundred years."
)


def build_prompt(
    tokenize: Callable[[str], list[int]], target: int, first: int
) -> tuple[str, list[int]]:
    """The longest prefix (whole words) of the prose from paragraph `first` on that is at
    most `target` tokens, and its tokens."""
    words: list[str] = []
    paragraphs = first
    while len(tokenize(" ".join(words))) <= target:
        text = PARAGRAPHS[paragraphs % len(PARAGRAPHS)]
        if words:
            words[-1] += "\n\n"
        words.extend(text.split(" "))
        paragraphs += 1
    lo, hi = 1, len(words)  # the answer is in [lo, hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if len(tokenize(" ".join(words[:mid]))) <= target:
            lo = mid
        else:
            hi = mid
    text = " ".join(words[:lo]).rstrip()
    return text, tokenize(text)


def sampling(max_tokens: int) -> SamplingParams:
    """The benchmark's sampling for the app path (the baselines pass the same values)."""
    return SamplingParams(
        temperature=TEMPERATURE,
        top_p=TOP_P,
        top_k=TOP_K,
        min_p=MIN_P,
        repeat_penalty=REPEAT_PENALTY,
        repeat_last_n=REPEAT_LAST_N,
        seed=SEED,
        max_tokens=max_tokens,
    )


def sampling_settings() -> dict[str, Any]:
    """The sampling, as the JSON figures record it."""
    return {
        "temperature": TEMPERATURE,
        "top_k": TOP_K,
        "top_p": TOP_P,
        "min_p": MIN_P,
        "repeat_penalty": REPEAT_PENALTY,
        "repeat_last_n": REPEAT_LAST_N,
        "seed": SEED,
    }
