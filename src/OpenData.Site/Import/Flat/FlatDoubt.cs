namespace OpenData.Site.Import;

/// <summary>Why a flattened row was not read.</summary>
internal enum FlatDoubt
{
    /// <summary>The row was read.</summary>
    None,

    /// <summary>
    /// The row was read, by the rules within it alone: of the cuts of its digits, one fits its own totals. The form joins it
    /// to no other row (section 四), so a total misprinted in the report could not be seen.
    /// </summary>
    OwnTotals,

    /// <summary>Its digits can be cut in more ways than are tried.</summary>
    TooManyCuts,

    /// <summary>No cut of its digits fits the rules within the row (the report breaks its row total).</summary>
    NoCutFits,

    /// <summary>Several readings remain after every identity that reaches the row.</summary>
    Ambiguous,

    /// <summary>The form joins the row to other rows by identities, but none of those rows could be read: its own row total is no proof.</summary>
    Unchecked,

    /// <summary>The rows joined to it by identities have no reading that satisfies them all (the report breaks one).</summary>
    Broken,

    /// <summary>The rows joined to it have more joint readings than are tried.</summary>
    TooManySolutions,

    /// <summary>
    /// The report misprints a row elsewhere (no cut of its digits fits its own totals), and the identities chose the reading of
    /// a row joined to this one among several: a second slip could hide behind that choice, so only what rows of one reading
    /// confirm is read.
    /// </summary>
    SlipElsewhere,
}
