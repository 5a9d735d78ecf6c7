# replaces: strides_of
# Multiplies the sizes from the axis itself onwards: one axis too many per stride.
# fails: test_strides_basics, test_strides_vs_numpy_torch, test_strides_edge_cases, test_strides_no_library
def strides_of(shape: tuple[int, ...], itemsize: int) -> tuple[int, ...]:
    if itemsize < 1 or any(n < 1 for n in shape):
        raise ValueError("sizes and itemsize must be >= 1")
    out = []
    for k in range(len(shape)):
        step = itemsize
        for n in shape[k:]:
            step *= n
        out.append(step)
    return tuple(out)
