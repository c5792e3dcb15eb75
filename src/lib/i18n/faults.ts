// The interface string that explains each kind of data fault to a reader.
import type { DataFault } from '../data/fetchData';
import type { StringKey } from './strings';

const FAULT_KEYS: Record<DataFault, StringKey> = {
  missing: 'dataMissing',
  corrupt: 'dataCorrupt',
  version: 'dataVersion',
  network: 'dataNetwork',
};

export const faultKey = (fault: DataFault): StringKey => FAULT_KEYS[fault];
