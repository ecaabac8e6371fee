'use client';

import { choiceOptions } from '@/lib/codebook/resolve';
import type { Question, StudyLists } from '@/lib/codebook/types';
import { ChoiceControl, SelectControl } from './choice-control';
import { MonthInput, NumberInput, TextInput } from './text-controls';

export interface QuestionProps {
  answerKey: string;
  question: Question;
  label: string;
  lists: StudyLists;
  value: unknown;
  onChange: (key: string, value: unknown) => void;
  flow: boolean;
  error?: string;
  required?: boolean;
  check?: string;
  rest?: { key: string; label: string; run: () => void };
}

const LONG_LIST = 8;

/** Picks the control for a question kind, straight from the codebook. */
export function QuestionControl({
  answerKey,
  question: q,
  label,
  lists,
  value,
  onChange,
  flow,
  error,
  required,
  check,
  rest,
}: QuestionProps) {
  const common = {
    answerKey,
    label,
    value,
    flow,
    error,
    required,
    check,
    rest,
    onChange: (v: unknown) => onChange(answerKey, v),
  };
  switch (q.kind) {
    case 'choice': {
      const options = choiceOptions(q, lists);
      return options.length > LONG_LIST || q.codesFrom ? (
        <SelectControl {...common} options={options} />
      ) : (
        <ChoiceControl {...common} options={options} />
      );
    }
    case 'boolean':
      return (
        <ChoiceControl
          {...common}
          value={value === true ? 'ja' : value === false ? 'nee' : null}
          onChange={(v) => onChange(answerKey, v === 'ja' ? true : v === 'nee' ? false : null)}
          options={[
            { code: 'ja', label: 'ja', key: 'j' },
            { code: 'nee', label: 'nee', key: 'n' },
          ]}
        />
      );
    case 'integer':
      return <NumberInput {...common} min={q.min} max={q.max} />;
    case 'month':
      return <MonthInput {...common} />;
    case 'text':
      return <TextInput {...common} maxLength={q.maxLength} />;
  }
}
