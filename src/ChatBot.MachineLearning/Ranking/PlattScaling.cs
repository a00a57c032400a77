namespace ChatBot.MachineLearning.Ranking;

/// <summary>
/// Fits p = 1 / (1 + e^-(a·score + b)) to held-out scores and outcomes: Newton's method with a halving line search
/// on the log loss, from the flat curve at the base rate, with Platt's smoothed targets so a cleanly separated
/// sample cannot send the slope to infinity. Deterministic.
/// </summary>
public static class PlattScaling
{
    public static (float Slope, float Offset) Fit(IReadOnlyList<(float Score, bool Positive)> samples)
    {
        var positives = samples.Count(s => s.Positive);
        var negatives = samples.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var a = 0.0;
        var b = Math.Log((positives + 1.0) / (negatives + 1.0));
        var loss = Loss(samples, a, b, high, low);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            foreach (var (score, positive) in samples)
            {
                var p = Sigmoid((a * score) + b);
                var error = p - (positive ? high : low);
                var weight = Math.Max(p * (1 - p), 1e-12);
                ga += error * score;
                gb += error;
                haa += weight * score * score;
                hab += weight * score;
                hbb += weight;
            }

            var determinant = (haa * hbb) - (hab * hab);
            if (determinant <= 0)
            {
                break;
            }

            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;
            var step = 1.0;
            var next = Loss(samples, a - da, b - db, high, low);
            while (next > loss && step > 1e-6)
            {
                step /= 2;
                next = Loss(samples, a - (step * da), b - (step * db), high, low);
            }

            if (next > loss)
            {
                break;
            }

            a -= step * da;
            b -= step * db;
            var improvement = loss - next;
            loss = next;
            if (improvement < 1e-10)
            {
                break;
            }
        }

        return ((float)a, (float)b);
    }

    private static double Loss(IReadOnlyList<(float Score, bool Positive)> samples, double a, double b, double high, double low)
    {
        var sum = 0.0;
        foreach (var (score, positive) in samples)
        {
            var z = (a * score) + b;
            var target = positive ? high : low;

            // log(1 + e^z) - target·z, written to stay finite for large |z|.
            sum += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (target * z);
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
