# replaces: epoch_batches
# Walks through the batches one by one: right, but n = 10**18 never finishes.
# fails: test_batches_huge
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    iterations = last_batch = start = 0
    while start < n:
        size = min(batch_size, n - start)
        if drop_last and size < batch_size:
            break
        iterations += 1
        last_batch = size
        start += size
    return iterations, last_batch, n - start
