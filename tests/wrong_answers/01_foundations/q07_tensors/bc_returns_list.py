# replaces: broadcast_shape
# Gets every size right but returns the list it built instead of a tuple.
# fails: test_broadcast_basics, test_broadcast_returns_tuple
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    a = (1,) * (rank - len(a)) + tuple(a)
    b = (1,) * (rank - len(b)) + tuple(b)
    out = []
    for p, q in zip(a, b):
        if p == q or q == 1:
            out.append(p)
        elif p == 1:
            out.append(q)
        else:
            raise ValueError(f"{a} and {b} do not broadcast")
    return out
