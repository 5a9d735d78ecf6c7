# replaces: epoch_batches
# Reports n % B samples as dropped even without drop_last, where none are.
# fails: test_batches_basics, test_batches_vs_dataloader, test_batches_small_n, test_batches_huge, test_batches_no_dataloader
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    q, r = divmod(n, batch_size)
    if drop_last:
        return q, (batch_size if q else 0), r
    iterations = q + int(r > 0)
    return iterations, ((r or batch_size) if iterations else 0), r
