# replaces: broadcast_shape
# Lines the shapes up from the left, padding the shorter one with 1s on the right.
# fails: test_broadcast_basics, test_broadcast_vs_numpy_torch, test_broadcast_incompatible, test_broadcast_edge_cases
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    a = tuple(a) + (1,) * (rank - len(a))
    b = tuple(b) + (1,) * (rank - len(b))
    out = []
    for p, q in zip(a, b):
        if p == q or q == 1:
            out.append(p)
        elif p == 1:
            out.append(q)
        else:
            raise ValueError(f"{a} and {b} do not broadcast")
    return tuple(out)
