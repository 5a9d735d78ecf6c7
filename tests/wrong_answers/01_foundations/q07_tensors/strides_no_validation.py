# replaces: strides_of
# Right formula, but accepts sizes of 0 (or negative) and an itemsize of 0.
# fails: test_strides_invalid
def strides_of(shape: tuple[int, ...], itemsize: int) -> tuple[int, ...]:
    strides = []
    step = itemsize
    for n in reversed(shape):
        strides.append(step)
        step *= n
    return tuple(reversed(strides))
