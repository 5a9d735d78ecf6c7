# replaces: lstm_cell
# Names the candidate "c" as Keras does (i, f, c, o) instead of the spec's key "g".
# fails: test_lstm_cell_basics, test_lstm_cell_unbatched, test_lstm_cell_gates, test_lstm_cell_memory, test_lstm_cell_numpy_only, test_lstm_cell_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    gates = {
        "i": 0.5 * (1 + np.tanh(z_i / 2)),
        "f": 0.5 * (1 + np.tanh(z_f / 2)),
        "c": np.tanh(z_c),
        "o": 0.5 * (1 + np.tanh(z_o / 2)),
    }
    c_new = gates["f"] * c + gates["i"] * gates["c"]
    h_new = gates["o"] * np.tanh(c_new)
    return h_new, c_new, gates
