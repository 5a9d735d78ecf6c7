# replaces: strides_of
# Counts strides in elements, as torch's stride() does, forgetting the itemsize.
# fails: test_strides_basics, test_strides_vs_numpy_torch, test_strides_edge_cases, test_strides_no_library
def strides_of(shape: tuple[int, ...], itemsize: int) -> tuple[int, ...]:
    if itemsize < 1 or any(n < 1 for n in shape):
        raise ValueError("sizes and itemsize must be >= 1")
    strides = []
    step = 1
    for n in reversed(shape):
        strides.append(step)
        step *= n
    return tuple(reversed(strides))
