"""Applications: their fields, eligibility under the rules, and importing form exports."""
