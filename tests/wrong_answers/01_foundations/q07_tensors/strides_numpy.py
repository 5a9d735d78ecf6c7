# replaces: strides_of
# Builds an empty NumPy array of itemsize-byte items and reads its .strides.
# fails: test_strides_invalid, test_strides_no_library
def strides_of(shape: tuple[int, ...], itemsize: int) -> tuple[int, ...]:
    return np.empty(shape, dtype=f"V{itemsize}").strides
