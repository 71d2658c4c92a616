"""Life Science Nord past-projects bot: a pure question-answering core with thin front ends."""
