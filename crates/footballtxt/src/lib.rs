//! Parser for Football.TXT, the plain-text format of openfootball.
