# replaces: lstm_cell
# Uses a sigmoid for the candidate g as well, so writes can never be negative.
# fails: test_lstm_cell_basics, test_lstm_cell_torch, test_lstm_cell_unbatched, test_lstm_cell_gates, test_lstm_cell_saturated, test_run_lstm_basics, test_run_lstm_torch, test_run_lstm_unbatched, test_run_lstm_memory, test_lstm_cell_numpy_only, test_lstm_cell_inputs_unchanged, test_run_lstm_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    gates = dict(zip("ifgo", np.split(1 / (1 + np.exp(-z)), 4, axis=-1)))
    c_new = gates["f"] * c + gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c_new)
    return h_new, c_new, gates
