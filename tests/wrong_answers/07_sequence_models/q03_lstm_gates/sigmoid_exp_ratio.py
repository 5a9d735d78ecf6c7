# replaces: lstm_cell
# Writes the sigmoid as exp(z) / (1 + exp(z)), which is inf / inf = NaN for large z.
# fails: test_lstm_cell_saturated
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    def sigmoid(z):
        return np.exp(z) / (1 + np.exp(z))

    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_g, z_o = np.split(z, 4, axis=-1)
    gates = {"i": sigmoid(z_i), "f": sigmoid(z_f), "g": np.tanh(z_g), "o": sigmoid(z_o)}
    c_new = gates["f"] * c + gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c_new)
    return h_new, c_new, gates
