# replaces: broadcast_shape
# Asks NumPy for the answer instead of writing the rule.
# fails: test_broadcast_no_library
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(int(n) for n in np.broadcast_shapes(a, b))
