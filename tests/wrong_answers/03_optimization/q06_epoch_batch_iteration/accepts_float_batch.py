# replaces: epoch_batches
# Checks only batch_size >= 1, so 32.0 and True are accepted instead of refused.
# fails: test_batches_invalid
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if batch_size < 1 or n < 0:
        raise ValueError("batch_size must be >= 1 and n >= 0")
    q, r = divmod(n, batch_size)
    if drop_last:
        iterations, last_batch, dropped = q, batch_size, r
    else:
        iterations, last_batch, dropped = q + int(r > 0), r or batch_size, 0
    if iterations == 0:
        last_batch = 0
    return int(iterations), int(last_batch), int(dropped)
