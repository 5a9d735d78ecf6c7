# replaces: broadcast_shape
# Walks both shapes from the right with zip, which stops at the shorter one.
# fails: test_broadcast_basics, test_broadcast_vs_numpy_torch, test_broadcast_edge_cases
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    out = []
    for p, q in zip(reversed(a), reversed(b)):
        if p == q or q == 1:
            out.append(p)
        elif p == 1:
            out.append(q)
        else:
            raise ValueError(f"{a} and {b} do not broadcast")
    return tuple(reversed(out))
