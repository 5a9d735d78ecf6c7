# replaces: run_lstm
# Records h BEFORE each step, so outputs hold h_0, ..., h_{T-1} instead of h_1, ..., h_T.
# fails: test_run_lstm_basics, test_run_lstm_torch, test_run_lstm_unbatched, test_run_lstm_inputs_unchanged
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outputs = h0, c0, []
    for x in xs:
        outputs.append(h)
        h, c, _ = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
    return np.stack(outputs), (h, c)
