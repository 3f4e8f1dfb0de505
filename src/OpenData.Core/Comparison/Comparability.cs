namespace OpenData;

/// <summary>How far two values of a series can be compared, from the same cell of the same form to incomparable concepts.</summary>
public enum Comparability
{
    /// <summary>The same indicator of the same form, or an identical row carried into the next form version.</summary>
    Same,

    /// <summary>Different forms, same concept with a small difference in scope (e.g. 收到申请数 → 本年新收, which leaves out carry-in).</summary>
    Good,

    /// <summary>Different forms, related concepts; read the trend with care.</summary>
    Fair,

    /// <summary>Different forms whose definitions differ a lot (e.g. refusal reasons); shown only with a warning.</summary>
    Poor,

    /// <summary>Not comparable (e.g. 2019 行政事业性收费 item counts vs 2021 amounts in 万元); never charted on one axis.</summary>
    None,
}
