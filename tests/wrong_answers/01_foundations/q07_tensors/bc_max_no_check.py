# replaces: broadcast_shape
# Pads on the left and takes the larger size per axis, never checking compatibility.
# fails: test_broadcast_basics, test_broadcast_incompatible, test_broadcast_edge_cases
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    a = (1,) * (rank - len(a)) + tuple(a)
    b = (1,) * (rank - len(b)) + tuple(b)
    return tuple(max(p, q) for p, q in zip(a, b))
