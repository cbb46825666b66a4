namespace MlPipeline.Data.Schemas;

/// <summary>How a column's text is parsed and stored.</summary>
public enum ColumnType
{
    /// <summary>A real number, stored as <see cref="float"/>.</summary>
    Numeric,
    /// <summary>A whole number, stored as <see cref="float"/>; a fraction is a parse error.</summary>
    Integer,
    /// <summary><c>true/false</c>, <c>yes/no</c>, <c>1/0</c>, stored as 1 and 0.</summary>
    Boolean,
    /// <summary>A value from a fixed set, stored as an integer code into the schema's category list.</summary>
    Categorical,
    /// <summary>An ISO 8601 date or date-time.</summary>
    DateTime,
    /// <summary>Free text, kept as strings and never used as a feature.</summary>
    Text,
}
