# replaces: heavy_ball_rate
# Right formula, but accepts momentum >= 1 and negative lr or curvature.
# fails: test_rate_invalid
def heavy_ball_rate(lr, curvature, momentum):
    a = 1.0 + momentum - lr * curvature
    disc = a * a - 4.0 * momentum
    if disc < 0:
        return math.sqrt(momentum)
    return (abs(a) + math.sqrt(disc)) / 2.0
