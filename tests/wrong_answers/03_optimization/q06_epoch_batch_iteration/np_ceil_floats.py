# replaces: epoch_batches
# Uses np.ceil and /, so the counts come back as floats (3.0, not 3).
# fails: test_batches_basics, test_batches_huge
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    if drop_last:
        iterations = np.floor(n / batch_size)
        last_batch = batch_size if iterations else 0
        return iterations, last_batch, n - iterations * batch_size
    iterations = np.ceil(n / batch_size)
    last_batch = n - (iterations - 1) * batch_size if iterations else 0
    return iterations, last_batch, 0
