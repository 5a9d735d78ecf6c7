# replaces: epoch_batches
# Uses last = n - (iterations - 1) * B in both modes (wrong with drop_last and n = 0).
# fails: test_batches_basics, test_batches_vs_dataloader, test_batches_small_n, test_batches_huge, test_batches_no_dataloader
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    if drop_last:
        iterations = n // batch_size
    else:
        iterations = (n + batch_size - 1) // batch_size
    last_batch = n - (iterations - 1) * batch_size
    dropped = n - iterations * batch_size if drop_last else 0
    return iterations, last_batch, dropped
