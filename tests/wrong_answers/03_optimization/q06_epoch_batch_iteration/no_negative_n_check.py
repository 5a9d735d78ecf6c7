# replaces: epoch_batches
# Validates batch_size but not n, so a negative dataset size gives counts, not an error.
# fails: test_batches_invalid
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    q, r = divmod(n, batch_size)
    if drop_last:
        iterations, last_batch, dropped = q, batch_size, r
    else:
        iterations, last_batch, dropped = q + int(r > 0), r or batch_size, 0
    if iterations == 0:
        last_batch = 0
    return iterations, last_batch, dropped
