namespace OpenData;

/// <summary>How a <see cref="Form"/> fits a report year.</summary>
public enum YearFit
{
    /// <summary>The form is the one prescribed for the year.</summary>
    Prescribed,

    /// <summary>The year is the first after the form was replaced; using it is tolerated with a warning.</summary>
    Transitional,

    /// <summary>The form did not exist yet in that year.</summary>
    TooEarly,

    /// <summary>The form had been replaced for more than a year.</summary>
    Superseded,
}
