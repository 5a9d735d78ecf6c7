# replaces: broadcast_shape
# Checks compatibility, then takes max(p, q): a size 1 against a size 0 gives 1.
# fails: test_broadcast_edge_cases
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    a = (1,) * (rank - len(a)) + tuple(a)
    b = (1,) * (rank - len(b)) + tuple(b)
    out = []
    for p, q in zip(a, b):
        if p != q and p != 1 and q != 1:
            raise ValueError(f"{a} and {b} do not broadcast")
        out.append(max(p, q))
    return tuple(out)
