# replaces: run_lstm
# Preallocates outputs as (T, B, H) from xs.shape, which breaks on unbatched (T, D) input.
# fails: test_run_lstm_unbatched, test_run_lstm_inputs_unchanged
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = xs.shape
    outputs = np.empty((T, B, W_hh.shape[1]))
    h, c = h0, c0
    for t in range(T):
        h, c, _ = lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, (h, c)
