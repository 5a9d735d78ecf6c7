# replaces: broadcast_shape
# Signals incompatible shapes with an assert (AssertionError), not ValueError.
# fails: test_broadcast_basics, test_broadcast_incompatible, test_broadcast_edge_cases
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    a = (1,) * (rank - len(a)) + tuple(a)
    b = (1,) * (rank - len(b)) + tuple(b)
    out = []
    for p, q in zip(a, b):
        assert p == q or p == 1 or q == 1, f"{a} and {b} do not broadcast"
        out.append(q if p == 1 else p)
    return tuple(out)
